package io.forecourt.visit.solver;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;

/** A plan's score broken down by constraint, each with its justifications (for the job API and pages). */
public final class PlanExplanation {

    /** One constraint's share of the score, e.g. "Visit starts within its time window", "-1200hard/0medium/0soft". */
    public record ConstraintScore(String constraint, String score, int matches,
            List<VisitJustification> justifications) {
    }

    private static final SolutionManager<VisitPlan, HardMediumSoftLongScore> MANAGER = SolutionManager.create(
            SolverFactory.create(VisitSolverConfig.create(Duration.ofSeconds(1), null, false, 0,
                    SolverTuning.defaults())));

    private PlanExplanation() {
    }

    /** Recomputes the plan's shadows and score, and explains it; constraints that cost nothing are left out. */
    public static List<ConstraintScore> explain(VisitPlan plan) {
        plan.updateShadows();
        ScoreExplanation<VisitPlan, HardMediumSoftLongScore> explanation =
                MANAGER.explain(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> !total.getScore().isZero())
                .sorted(Comparator.comparing(total -> total.getScore()))
                .map(total -> new ConstraintScore(total.getConstraintName(), total.getScore().toString(),
                        total.getConstraintMatchCount(),
                        total.getConstraintMatchSet().stream()
                                .map(match -> match.getJustification())
                                .filter(VisitJustification.class::isInstance)
                                .map(VisitJustification.class::cast)
                                .toList()))
                .toList();
    }
}
