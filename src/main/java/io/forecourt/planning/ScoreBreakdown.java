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

        /** The score as penalty points for pages: "-19710soft" reads "19,710", "-2hard/-5soft" "2 hard, 5". */
        public String penalty() {
            return penalty(score);
        }

        static String penalty(String score) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?[0-9.]+)([a-z]+)").matcher(score);
            while (m.find()) {
                String n = m.group(1).startsWith("-") ? m.group(1).substring(1) : "+" + m.group(1);
                String formatted = n.contains(".") ? n : String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(n));
                parts.add("soft".equals(m.group(2)) ? formatted : formatted + " " + m.group(2));
            }
            return parts.isEmpty() ? score : String.join(", ", parts);
        }
    }
}
