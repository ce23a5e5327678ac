package io.forecourt.visit.solver;

import java.time.Duration;
import java.util.function.Consumer;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The tests' and benchmarks' way to solve (the portal solves through {@code PlanningJobs} with
 * {@link VisitSolverConfig#portal}). Solves a {@link VisitPlan} within a time limit on the caller's thread: ruin-and-recreate first (a custom
 * phase, see {@link RuinRecreateSearch}), then OptaPlanner's construction heuristic for anything left and
 * nearby-guided local search for the rest of the time. With {@code minimizeRepDays} part of the time goes
 * to emptying routes first (the literature's fewest-vehicles objective). The problem passed in is not
 * changed; {@code onBest} receives each new best plan (the solver's own copy: read it, do not keep
 * modifying it). {@link #terminateEarly()} may be called from any thread.
 */
public final class VisitPlanSolver {

    private final SolverTuning tuning;
    private final Consumer<VisitPlan> onBest;
    private final long seed;
    private volatile Solver<VisitPlan> current;
    private volatile boolean terminated;

    public VisitPlanSolver(SolverTuning tuning, long seed, Consumer<VisitPlan> onBest) {
        this.tuning = tuning;
        this.seed = seed;
        this.onBest = onBest == null ? p -> {
        } : onBest;
    }

    public VisitPlan solve(VisitPlan problem, Duration limit, boolean minimizeRepDays) {
        Solver<VisitPlan> solver = SolverFactory.<VisitPlan> create(
                VisitSolverConfig.search(tuning, seed, minimizeRepDays, limit)).buildSolver();
        solver.addEventListener(event -> {
            if (event.getNewBestScore().isSolutionInitialized()) {
                onBest.accept(event.getNewBestSolution());
            }
        });
        current = solver;
        if (terminated) {
            return problem;
        }
        try {
            return solver.solve(PlanCopies.copy(problem, r -> true).withTimeLimit(limit));
        } finally {
            current = null;
        }
    }

    /** Stops the running search; {@link #solve} then returns the best plan found so far. */
    public void terminateEarly() {
        terminated = true;
        Solver<VisitPlan> s = current;
        if (s != null) {
            s.terminateEarly();
        }
    }
}
