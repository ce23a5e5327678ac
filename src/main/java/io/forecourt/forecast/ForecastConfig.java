package io.forecourt.forecast;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;


/**
 * Settings of targets, forecasts and the control loop (FORECOURT_FORECAST_...). The flag thresholds
 * are numbers a sales director tunes per deployment, so they are settings, not DRL: each one is
 * compared with a figure computed in Java, and env vars change them without a rule reload.
 */
@ConfigMapping(prefix = "forecourt.forecast")
public interface ForecastConfig {

    /** The currency targets and forecasts are counted in (orders and opportunities in others are left out). */
    @WithDefault("EUR")
    String currency();

    /** Attainment status: projection at or above this share of the quota is on track ... */
    @WithDefault("1.0")
    double onTrack();

    /** ... at or above this share at risk, below it behind. */
    @WithDefault("0.85")
    double atRisk();

    Flags flags();

    /**
     * How often each replica re-evaluates the flags, as the scheduler reads it ({@code PT1H}, {@code 30m});
     * {@code off} leaves them to on-demand re-evaluation. Read by {@code FlagTimer}'s {@code @Scheduled}.
     */
    @WithDefault("PT1H")
    String evaluateEvery();

    /**
     * Whether the demo data also gets six past months of history for team North (closed deals with
     * their stage history, done calls and visits, quotas and forecasts). On in dev only: the tests'
     * shared database keeps the demo data they count.
     */
    @WithDefault("false")
    boolean demoHistory();

    /** Monte Carlo runs of the statistical forecast. */
    @WithDefault("2000")
    int simulations();

    interface Flags {
        /** Revenue below this share of the pro-rata quota, from mid-period on. */
        @WithDefault("0.8")
        double attainmentProRata();

        /** Visits done below this share of the pro-rata visit quota (and of those planned). */
        @WithDefault("0.7")
        double visitsOfPlan();

        /** More overdue follow-ups than this. */
        @WithDefault("5")
        int overdueFollowUps();

        /** An open opportunity whose account saw no done activity for this many days. */
        @WithDefault("21")
        int quietDays();
    }
}
