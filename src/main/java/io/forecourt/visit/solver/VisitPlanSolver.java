package io.forecourt.visit.solver;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Solves a {@link VisitPlan} within a time limit. With {@code minimizeRepDays} it pursues the literature's
 * objective, fewest rep-days (vehicles) first: after a first feasible plan it repeatedly drops the route with
 * the fewest visits, reinserts those visits and searches until the plan is feasible again (keeping the
 * smaller fleet) or the attempt's time runs out (keeping the previous plan); the remaining time then goes to
 * travel. Plain local search alone rarely empties a route, hence this loop. One instance per solve; the
 * solving thread is the caller's. {@link #terminateEarly()} may be called from any thread.
 */
public final class VisitPlanSolver {

    private final SolverTuning tuning;
    private final Consumer<VisitPlan> onBest;
    private volatile Solver<VisitPlan> current;
    private volatile boolean terminated;
    private long seed = 0;

    public VisitPlanSolver(SolverTuning tuning, Consumer<VisitPlan> onBest) {
        this.tuning = tuning;
        this.onBest = onBest == null ? p -> {
        } : onBest;
    }

    public VisitPlan solve(VisitPlan problem, Duration limit, boolean minimizeRepDays) {
        long start = System.nanoTime();
        long total = limit.toNanos();
        Duration first = minimizeRepDays ? Duration.ofNanos(Math.max(total / 10, Math.min(total, 1_000_000_000L)))
                : limit;
        VisitPlan best = run(PlanCopies.copy(problem, r -> true), first, null, false);
        if (minimizeRepDays) {
            best = removeRoutes(best, start, total);
            long left = total - (System.nanoTime() - start);
            if (left > 50_000_000L && !terminated) {
                VisitPlan polished = run(PlanCopies.copy(best, r -> true), Duration.ofNanos(left), null, false);
                best = better(best, polished);
            }
        }
        return best;
    }

    private VisitPlan removeRoutes(VisitPlan best, long start, long total) {
        long reductionEnd = start + total * 7 / 10;
        int failuresAtThisSize = 0;
        while (!terminated && isFeasible(best) && System.nanoTime() < reductionEnd) {
            List<RepDay> used = best.getRepDays().stream().filter(RepDay::isUsed)
                    .sorted(Comparator.comparingInt((RepDay r) -> r.getVisits().size())
                            .thenComparingInt(RepDay::totalDemand))
                    .toList();
            if (used.size() <= 1 || failuresAtThisSize >= Math.min(3, used.size())) {
                break;
            }
            RepDay dropped = used.get(failuresAtThisSize);
            VisitPlan candidate = PlanCopies.copy(best, r -> r.isUsed() && r != dropped);
            long left = reductionEnd - System.nanoTime();
            Duration attempt = Duration.ofNanos(Math.max(100_000_000L, Math.min(left, total / 6)));
            VisitPlan result = run(candidate, attempt, null, true);
            if (isFeasible(result)) {
                best = result;
                failuresAtThisSize = 0;
            } else {
                failuresAtThisSize++;
            }
        }
        return best;
    }

    private VisitPlan run(VisitPlan problem, Duration limit, Duration unimproved, boolean stopFeasible) {
        SolverFactory<VisitPlan> factory = SolverFactory.create(
                VisitSolverConfig.create(limit, unimproved, stopFeasible, seed++, tuning));
        Solver<VisitPlan> solver = factory.buildSolver();
        solver.addEventListener(event -> {
            if (event.getNewBestScore().isSolutionInitialized()) {
                onBest.accept(event.getNewBestSolution());
            }
        });
        current = solver;
        if (terminated) {
            return problem;
        }
        VisitPlan result = solver.solve(problem);
        current = null;
        return result;
    }

    /** Stops the running search; {@link #solve} then returns the best plan found so far. */
    public void terminateEarly() {
        terminated = true;
        Solver<VisitPlan> s = current;
        if (s != null) {
            s.terminateEarly();
        }
    }

    static boolean isFeasible(VisitPlan plan) {
        HardMediumSoftLongScore score = plan.getScore();
        return score != null && score.isSolutionInitialized() && score.hardScore() >= 0;
    }

    private static VisitPlan better(VisitPlan a, VisitPlan b) {
        if (b.getScore() == null || !b.getScore().isSolutionInitialized()) {
            return a;
        }
        return a.getScore() == null || b.getScore().compareTo(a.getScore()) >= 0 ? b : a;
    }
}
