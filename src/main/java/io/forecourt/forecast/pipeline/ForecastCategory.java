package io.forecourt.forecast.pipeline;

import io.forecourt.opportunity.Stage;

/** How sure a rep is of a deal in their forecast; the default follows the stage, a rep may override it. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED;

    public static ForecastCategory defaultFor(Stage stage) {
        return switch (stage) {
            case PROSPECTING, QUALIFICATION -> PIPELINE;
            case PROPOSAL -> BEST_CASE;
            case NEGOTIATION -> COMMIT;
            case CLOSED_WON -> CLOSED;
            case CLOSED_LOST -> OMITTED;
        };
    }

    public String words() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
