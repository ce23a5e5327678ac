package io.forecourt.visit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** Settings of visit planning (FORECOURT_VISITS_...). */
@ConfigMapping(prefix = "forecourt.visits")
public interface VisitConfig {


    /** Road distance over great-circle distance. */
    @WithDefault("1.3")
    double roadFactor();

    /** Average driving speed between customers (the territory estimate's too). */
    @WithDefault("40")
    double speedKmPerHour();

    /** Solve time when the planner does not say (seconds), and the most a planner may ask for. */
    @WithDefault("30")
    int defaultSeconds();

    @WithDefault("600")
    int maxSeconds();

    /** The period an account's visit frequency counts in (the territory feature's default: a quarter). */
    @WithDefault("P91D")
    Duration frequencyPeriod();

    /** Used when an account has no visit profile. */
    @WithDefault("1")
    int defaultVisitsPerPeriod();

    @WithDefault("60")
    int defaultVisitMinutes();

    /** Used when an account has no opening hours recorded: open Monday to Friday between these. */
    @WithDefault("09:00")
    LocalTime defaultOpens();

    @WithDefault("18:00")
    LocalTime defaultCloses();

    /** Cost of leaving a visit out, per priority point (medium level). */
    @WithDefault("10")
    long unplannedWeight();

    /**
     * Cost of moving a confirmed, started or published visit off its rep-day (medium level): far above what
     * planning any number of other visits could gain, so only a hard reason (the rep falls ill) moves one.
     */
    @WithDefault("1000000")
    long pinnedWeight();

    /**
     * Cost of a visit made by a colleague rather than the account's own rep (medium level, like leaving a
     * visit out): below a priority-1 visit's unplanned cost, so a colleague covers an ill rep's visits.
     */
    @WithDefault("5")
    long otherRepWeight();

    /** Priority points a visit already on the plan counts extra, so a re-plan drops it only for a weightier one. */
    @WithDefault("3")
    int keepPlannedBonus();

    /** The purpose of the planned VISIT activities published into the CRM. */
    @WithDefault("SERVICE")
    String publishPurpose();
}
