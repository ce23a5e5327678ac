package io.forecourt.territory;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Calls the territory API as a demo user. */
final class TerritoryApi {

    static final String JOBS = "/api/planning/territories/jobs";

    private TerritoryApi() {
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    static Response start(String username, Map<String, Object> request) {
        return as(username).body(request).post(JOBS);
    }

    /** Starts a job as planner1 and answers its id. */
    static String startJob(Map<String, Object> request) {
        return start("planner1", request).then().statusCode(201).extract().path("job.id");
    }

    /** A 2 s solve of the pair that weighs only moves, so it moves the stray account and nothing else; waits for its end. */
    static String solveOnlyMoves(TerritoryFixtures.Pair pair) {
        String id = startJob(Map.of("seconds", 2, "balanceWeight", 0, "potentialWeight", 0, "moveWeight", 1,
                "territories", java.util.List.of(pair.west(), pair.east())));
        org.assertj.core.api.Assertions.assertThat(awaitEnd(id)).isEqualTo("FINISHED");
        return id;
    }

    /** Waits until the job is no longer solving and answers its final state. */
    static String awaitEnd(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !"SOLVING".equals(as("planner1").get(JOBS + "/" + id).then().extract().path("job.status")));
        return as("planner1").get(JOBS + "/" + id).then().extract().path("job.status");
    }
}
