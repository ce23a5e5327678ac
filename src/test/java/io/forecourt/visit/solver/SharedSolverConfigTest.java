package io.forecourt.visit.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The portal builds one solver configuration and one factory for every visit-planning job: the
 * ruin-and-recreate phase must keep no state in them, so two solves at once and one after the other
 * each get the whole search and a feasible plan.
 */
class SharedSolverConfigTest {

    @Test
    void oneConfigurationServesSolvesSideBySideAndOneAfterAnother() {
        SolverFactory<VisitPlan> factory = SolverFactory.create(VisitSolverConfig.portal(Duration.ofSeconds(2)));
        List<CompletableFuture<VisitPlan>> together = List.of(
                CompletableFuture.supplyAsync(() -> solve(factory)), CompletableFuture.supplyAsync(() -> solve(factory)));
        List<VisitPlan> plans = new java.util.ArrayList<>(together.stream().map(CompletableFuture::join).toList());
        plans.add(solve(factory));
        assertThat(plans).hasSize(3).allSatisfy(p -> {
            assertThat(p.getScore().hardScore()).isZero();
            assertThat(p.getRepDays().stream().filter(r -> !r.isUnplanned()).mapToInt(r -> r.getVisits().size()).sum())
                    .isPositive();
        });
    }

    private static VisitPlan solve(SolverFactory<VisitPlan> factory) {
        return factory.buildSolver().solve(VisitPlanSolverTest.demoPlan().withTimeLimit(Duration.ofSeconds(2)));
    }
}
