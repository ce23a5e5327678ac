package io.forecourt.territory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.territory.TerritoryApi.JOBS;
import static io.forecourt.territory.TerritoryApi.as;
import static org.hamcrest.Matchers.equalTo;

/** One registry, one 404: a job is found only under its own kind, and a discarded one nowhere. */
@QuarkusTest
class PlanningKindsTest {

    @Test
    void aRebalancingIsNoVisitPlanAndADiscardedOneIsGoneEverywhere() {
        String id = TerritoryApi.startJob(Map.of("seconds", 1));
        as("planner1").get("/api/planning/visits/jobs/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as("planner1").post("/api/planning/visits/jobs/" + id + "/apply").then().statusCode(404);
        TerritoryApi.awaitEnd(id);
        as("planner1").get(JOBS + "/" + id).then().statusCode(200).body("job.status", equalTo("FINISHED"))
                .body("settings.seconds", equalTo(1));
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
        as("planner1").get(JOBS + "/" + id).then().statusCode(404);
        as("planner1").get(JOBS + "/" + id + "/map.svg").then().statusCode(404);
        io.restassured.RestAssured.given().cookie("forecourt-session", io.forecourt.testing.Sessions.signIn("planner1"))
                .get("/planning/jobs/" + id + "/progress").then().statusCode(404);
    }
}
