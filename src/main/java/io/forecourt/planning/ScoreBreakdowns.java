package io.forecourt.planning;

import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;

import java.util.List;

/**
 * Turns OptaPlanner's score explanation into {@link ScoreBreakdown} records. OptaPlanner 10 offers
 * {@code SolutionManager.explain} (constraint match totals with justifications); it is read without
 * updating the solution, so a job's snapshot stays untouched.
 */
final class ScoreBreakdowns {

    static final int TOP = 5;

    private ScoreBreakdowns() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static <S> ScoreBreakdown explain(SolutionManager<S, ?> solutionManager, S solution) {
        SolutionManager manager = solutionManager;
        ScoreExplanation<S, ?> explanation = manager.explain(solution, SolutionUpdatePolicy.NO_UPDATE);
        Score<?> total = explanation.getScore();
        List<ConstraintMatchTotal<?>> totals = new java.util.ArrayList<>();
        for (Object t : explanation.getConstraintMatchTotalMap().values()) {
            totals.add((ConstraintMatchTotal<?>) t);
        }
        totals.sort((a, b) -> ((Comparable) a.getScore()).compareTo(b.getScore()));
        List<ScoreBreakdown.ConstraintScore> constraints = totals.stream().map(ScoreBreakdowns::constraint).toList();
        return new ScoreBreakdown(total.toShortString(), total.isFeasible(), constraints);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ScoreBreakdown.ConstraintScore constraint(ConstraintMatchTotal<?> total) {
        List<ConstraintMatch<?>> matches = new java.util.ArrayList<>();
        for (Object m : total.getConstraintMatchSet()) {
            matches.add((ConstraintMatch<?>) m);
        }
        matches.sort((a, b) -> ((Comparable) a.getScore()).compareTo(b.getScore()));
        List<String> top = matches.stream().limit(TOP)
                .map(ScoreBreakdowns::text)
                .toList();
        return new ScoreBreakdown.ConstraintScore(total.getConstraintId(), total.getConstraintName(),
                level(total.getScore(), total.getConstraintWeight()), total.getScore().toShortString(),
                total.getConstraintMatchCount(), top);
    }

    private static String text(ConstraintMatch<?> match) {
        Object justification = match.getJustification();
        String text = justification instanceof Justified j ? j.text() : String.valueOf(justification);
        return text + " (penalty " + ScoreBreakdown.ConstraintScore.penalty(match.getScore().toShortString()) + ")";
    }

    /** The level a constraint counts on: the first non-zero level of its score (or of its weight). */
    static String level(Score<?> score, Score<?> weight) {
        Number[] levels = score.toLevelNumbers();
        int at = firstNonZero(levels);
        if (at < 0 && weight != null) {
            at = firstNonZero(weight.toLevelNumbers());
        }
        List<String> names = switch (levels.length) {
            case 1 -> List.of("soft");
            case 2 -> List.of("hard", "soft");
            case 3 -> List.of("hard", "medium", "soft");
            default -> List.of();
        };
        if (at < 0) {
            return names.isEmpty() ? "level 0" : names.get(names.size() - 1);
        }
        return at < names.size() ? names.get(at) : "level " + at;
    }

    private static int firstNonZero(Number[] levels) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].doubleValue() != 0) {
                return i;
            }
        }
        return -1;
    }
}
