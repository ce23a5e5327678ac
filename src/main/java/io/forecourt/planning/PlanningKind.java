package io.forecourt.planning;

import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.util.function.Function;

/**
 * One kind of planning job (territory rebalancing, visit planning): its name, solution and context
 * types, and the solver machinery built once from a stateless {@code SolverConfig} — one
 * {@code SolverFactory}, one {@code SolverManager} (its threads shared by the kind's jobs) and one
 * {@code SolutionManager} for score breakdowns. Made by {@link PlanningJobs#kind}; a feature keeps it.
 *
 * @param <S> the planning solution class
 * @param <C> what the feature keeps beside each job to read and apply its result
 */
public final class PlanningKind<S, C> {

    private final String name;
    private final Class<S> solutionClass;
    private final SolverManager<S, String> solverManager;
    private final SolutionManager<S, ?> solutionManager;
    private final Function<S, ? extends Score<?>> scoreOf;

    PlanningKind(String name, Class<S> solutionClass, SolverConfig config, int threads,
                 Function<S, ? extends Score<?>> scoreOf) {
        this.name = name;
        this.solutionClass = solutionClass;
        SolverFactory<S> factory = SolverFactory.create(config);
        this.solverManager = SolverManager.create(factory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(Math.max(1, threads))));
        this.solutionManager = SolutionManager.create(factory);
        this.scoreOf = scoreOf;
    }

    public String name() { return name; }
    Class<S> solutionClass() { return solutionClass; }
    SolverManager<S, String> solverManager() { return solverManager; }
    SolutionManager<S, ?> solutionManager() { return solutionManager; }

    Score<?> scoreOf(S solution) {
        return scoreOf.apply(solution);
    }

    void close() {
        solverManager.close();
    }
}
