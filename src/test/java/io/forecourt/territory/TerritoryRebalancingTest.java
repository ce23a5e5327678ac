package io.forecourt.territory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.territory.TerritoryApi.JOBS;
import static io.forecourt.territory.TerritoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class TerritoryRebalancingTest {

    @Test
    void plannersSeeEachTerritorysWorkloadPotentialAndSpread() {
        JsonPath metrics = as("planner1").get("/api/territories").then().statusCode(200)
                .body("code", hasItems("NORTH-A", "NORTH-B")).extract().jsonPath();
        Map<String, Object> west = metrics.getMap("find { it.code == 'NORTH-A' }");
        assertThat((Integer) west.get("accounts")).isGreaterThan(50);
        assertThat((Integer) west.get("active")).isPositive();
        assertThat((Integer) west.get("prospects")).isPositive();
        assertThat(((Number) west.get("workloadHours")).doubleValue())
                .isGreaterThan(((Number) west.get("visitHours")).doubleValue());
        assertThat(((Number) west.get("revenuePotential")).longValue()).isPositive();
        assertThat(((Number) west.get("meanDistanceKm")).doubleValue()).isBetween(0.5, 30.0);
    }

    @Test
    void aRebalancingOfTheDemoTerritoriesReachesAFeasibleProposalWithItsScoreExplained() {
        String id = TerritoryApi.startJob(Map.of("seconds", 5, "territories", List.of("NORTH-A", "NORTH-B")));
        assertThat(TerritoryApi.awaitEnd(id)).isEqualTo("FINISHED");
        JsonPath proposal = as("planner1").get(JOBS + "/" + id).then().statusCode(200)
                .body("job.feasible", equalTo(true)).extract().jsonPath();
        List<String> constraints = proposal.getList("score.constraints.name");
        assertThat(constraints).contains("Balanced workload", "Compact territories");
        assertThat(proposal.getList("before")).hasSize(proposal.getList("after").size());
        assertThat(proposal.getInt("moved")).isEqualTo(proposal.getList("moves").size());
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
    }
}
