package io.forecourt.territory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.territory.TerritoryApi.JOBS;
import static io.forecourt.territory.TerritoryApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TerritoryScopeTest {

    @Test
    void managersReadTheirTeamsMetricsButNeitherStartStopNorApply() {
        as("manager1").get("/api/territories").then().statusCode(200).body("code", hasItems("NORTH-A", "NORTH-B"));
        as("manager1").body(Map.of()).post(JOBS).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        String id = TerritoryApi.startJob(Map.of("seconds", 1, "territories", java.util.List.of("NORTH-A", "NORTH-B")));
        as("manager1").get(JOBS + "/" + id).then().statusCode(403);
        as("manager1").delete(JOBS + "/" + id).then().statusCode(403);
        as("manager1").post(JOBS + "/" + id + "/apply").then().statusCode(403);
        as("manager1").post(JOBS + "/" + id + "/discard").then().statusCode(403);
        as("planner1").delete(JOBS + "/" + id).then().statusCode(200).body("job.id", equalTo(id));
        TerritoryApi.awaitEnd(id);
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
    }

    @Test
    void repsAndCustomersAreRefusedAndStrangersMustSignIn() {
        as("rep1").get("/api/territories").then().statusCode(403);
        as("rep1").body(Map.of()).post(JOBS).then().statusCode(403);
        as("rep1").get(JOBS).then().statusCode(403);
        as("customer1").get("/api/territories").then().statusCode(403);
        given().get("/api/territories").then().statusCode(401);
        given().contentType("application/json").body("{}").post(JOBS).then().statusCode(401);
    }

    @Test
    void anAdminStartsAndStopsAJobAndAnUnknownJobIsNotFound() {
        String id = TerritoryApi.start("admin1", Map.of("seconds", 30)).then().statusCode(201)
                .header("Location", containsString(JOBS + "/")).extract().path("job.id");
        as("admin1").delete(JOBS + "/" + id).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(TerritoryApi.awaitEnd(id)).isEqualTo("STOPPED");
        as("admin1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
        as("planner1").get(JOBS + "/no-such-job").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void malformedOrOutOfRangeSettingsAreRefusedAndUnknownTerritoriesNotFound() {
        as("planner1").body("{\"seconds\": \"soon\"}").post(JOBS).then().statusCode(400);
        as("planner1").body(Map.of("moveWeight", -1)).post(JOBS).then().statusCode(400);
        as("planner1").body(Map.of("territories", java.util.List.of("NOWHERE"))).post(JOBS).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("NOWHERE"));
    }

    @Test
    void aThirdSolveIsRefusedWhileTwoRunAndStoppingOneFreesItsPlace() {
        Map<String, Object> request = Map.of("seconds", 60, "territories", java.util.List.of("NORTH-A", "NORTH-B"));
        String first = TerritoryApi.startJob(request);
        String second = TerritoryApi.startJob(request);
        TerritoryApi.start("planner1", request).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("solves are running"));
        as("planner1").delete(JOBS + "/" + first).then().statusCode(200);
        TerritoryApi.awaitEnd(first);
        String third = TerritoryApi.startJob(request);
        for (String id : java.util.List.of(first, second, third)) {
            as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
        }
    }
}
