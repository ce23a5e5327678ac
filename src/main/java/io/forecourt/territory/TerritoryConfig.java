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

    /**
     * What applying a rebalancing does with the open work (planned activities, open opportunities and
     * quotes) a rep has on an account that moves to another rep: {@code hand-over} gives it to the new
     * owner, {@code keep} leaves it with the old one (who can still finish it). A planner may choose
     * otherwise per apply.
     */
    @WithDefault("hand-over")
    OpenWorkRule openWork();

    enum OpenWorkRule {
        HAND_OVER, KEEP;

        /** "hand-over" or "keep", as in the setting. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The rule named by a request ({@code hand-over}, {@code keep}), else {@code otherwise}. */
        public static OpenWorkRule parse(String value, OpenWorkRule otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            for (OpenWorkRule r : values()) {
                if (r.key().equalsIgnoreCase(value.strip()) || r.name().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
            throw io.forecourt.common.web.ForecourtException.badRequest("openWork is hand-over or keep");
        }
    }

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
