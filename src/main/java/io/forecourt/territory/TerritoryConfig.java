package io.forecourt.territory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Territory planning settings: travel estimate, defaults for accounts without a profile, solve limits. */
@ConfigMapping(prefix = "forecourt.territory")
public interface TerritoryConfig {

    /** What "per period" means in capacities and visit frequencies (shown on the pages). */
    @WithDefault("quarter")
    String period();

    /** Average driving speed for the travel estimate, km/h. */
    @WithDefault("40")
    double speedKmh();

    /** Road distance per straight-line (haversine) distance. */
    @WithDefault("1.3")
    double roadFactor();

    @WithDefault("1")
    int defaultVisitsPerPeriod();

    @WithDefault("60")
    int defaultVisitMinutes();

    /** Solve time when the planner names none, and the most a planner may ask for, in seconds. */
    @WithDefault("30")
    int defaultSeconds();

    @WithDefault("300")
    int maxSeconds();

    Weights weights();

    /** Default weights of the soft goals (the planner may set each per job). */
    interface Weights {
        /** Per squared hour of deviation from a territory's fair share of workload. */
        @WithDefault("10")
        long balance();

        /** Per thousand of deviation from a territory's fair share of revenue potential. */
        @WithDefault("1")
        long potential();

        /** Per 100 m between an account and its rep's home. */
        @WithDefault("1")
        long compactness();

        /** Per account that changes territory. */
        @WithDefault("200")
        long move();
    }
}
