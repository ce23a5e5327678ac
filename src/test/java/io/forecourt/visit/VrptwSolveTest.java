package io.forecourt.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.forecourt.visit.solver.SolverTuning;
import io.forecourt.visit.solver.VisitPlan;
import io.forecourt.visit.solver.VisitPlanSolver;

class VrptwSolveTest {

    @Test
    void aSolomonInstanceSolvesFeasiblyNearItsBestKnownInSeconds() throws IOException {
        Path benchmarks = Path.of(System.getenv().getOrDefault("FORECOURT_BENCHMARKS", "../shared/benchmarks"));
        Path c101 = benchmarks.resolve("solomon/C101.txt");
        assumeTrue(Files.exists(c101), "Solomon instances not found at " + c101.toAbsolutePath()
                + " (set FORECOURT_BENCHMARKS)");
        SolomonInstance inst = SolomonInstance.read(c101);
        VisitPlan plan = new VisitPlanSolver(SolverTuning.defaults(), 1, null)
                .solve(VrptwPlans.toPlan(inst), Duration.ofSeconds(3), true);
        VrptwRoutes routes = VrptwPlans.routes(plan);
        assertThat(routes.violation(inst)).isNull();
        assertThat(plan.getScore().hardScore()).isZero();
        // best known: 10 vehicles, 828.94
        assertThat(routes.routes()).hasSizeLessThanOrEqualTo(11);
        assertThat(routes.distance(inst)).isLessThan(828.94 * 1.10);
    }
}
