package io.forecourt.planning;

import org.optaplanner.core.api.score.Score;

import java.util.Locale;

/**
 * A score in a planner's words instead of OptaPlanner's "0hard/-19710soft": whether every hard rule
 * holds, and the penalties of the weighed levels as plain numbers (lower is better). What the points
 * are made of is told by each constraint's line and the page's summary, in km, hours and €.
 */
public final class ScoreWords {

    private ScoreWords() {
    }

    public static String of(Score<?> score) {
        Number[] levels = score.toLevelNumbers();
        StringBuilder words = new StringBuilder();
        if (!score.isSolutionInitialized()) {
            words.append("Not everything placed yet · ");
        }
        long hard = levels.length > 1 ? -levels[0].longValue() : 0;
        words.append(hard > 0 ? "Breaks hard rules (" + points(hard) + " points over)" : "Meets every hard rule");
        if (levels.length == 3 && levels[1].longValue() != 0) {
            words.append(" · priority penalty ").append(points(-levels[1].longValue()));
        }
        long soft = -levels[levels.length - 1].longValue();
        words.append(" · trade-off penalty ").append(points(soft)).append(" (lower is better)");
        return words.toString();
    }

    static String points(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
