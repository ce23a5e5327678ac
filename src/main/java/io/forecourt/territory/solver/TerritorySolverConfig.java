package io.forecourt.territory.solver;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;

/** The territory model's solver configuration: default construction heuristic and local search. */
public final class TerritorySolverConfig {

    private TerritorySolverConfig() {
    }

    public static SolverConfig create(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(TerritoryPlan.class)
                .withEntityClasses(AccountAssignment.class)
                .withConstraintProviderClass(TerritoryConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }
}
