package io.forecourt.planning;

import java.util.List;

/**
 * A solution's score explained by constraint: what each constraint costs, how often it matched and
 * its heaviest matches in words. Plain records, safe to hand to JSON and templates.
 */
public record ScoreBreakdown(String score, boolean feasible, List<ConstraintScore> constraints) {

    /**
     * One constraint's share: {@code level} is "hard", "medium" or "soft" (the level its weight
     * counts on), {@code score} the total it contributes, {@code top} its heaviest justifications.
     */
    public record ConstraintScore(String constraintId, String name, String level, String score, int matchCount,
                                  List<String> top) {
    }
}
