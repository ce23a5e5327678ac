package io.forecourt.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

/** The job endpoints every planning kind shares: who may call them, where a new job lives, one 404. */
@QuarkusTest
class PlanningJobResourceTest {

    private static final List<String> KINDS = List.of("/api/planning/visits/jobs", "/api/planning/territories/jobs");

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    @Test
    void onlyPlannersAndAdminsReachTheJobsOfEitherKind() {
        for (String jobs : KINDS) {
            as("rep1").get(jobs).then().statusCode(403);
            as("manager1").body(Map.of("seconds", 1)).post(jobs).then().statusCode(403);
            as("rep1").get(jobs + "/some-id").then().statusCode(403);
            as("rep1").delete(jobs + "/some-id").then().statusCode(403);
            as("admin1").get(jobs).then().statusCode(200);
        }
    }

    @Test
    void anUnknownJobIsOneProblemWhateverTheKindAndTheVerb() {
        for (String jobs : KINDS) {
            as("planner1").get(jobs + "/no-such-job").then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Planning job no-such-job does not exist"));
            as("planner1").delete(jobs + "/no-such-job").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void theApiDocumentNamesEachKindsOwnBodiesForTheSharedEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/planning/visits/jobs'.post.requestBody.content.'application/json'.schema.'$ref'",
                        endsWith("/StartRequest"))
                .body("paths.'/api/planning/visits/jobs/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        endsWith("/JobDetail"))
                .body("paths.'/api/planning/territories/jobs'.post.requestBody.content.'application/json'.schema.'$ref'",
                        endsWith("/RebalanceRequest"))
                .body("paths.'/api/planning/territories/jobs/{id}'.delete.responses.'200'.content.'application/json'.schema.'$ref'",
                        endsWith("/Proposal"));
    }

    @Test
    void aStartedJobLivesUnderItsKindsAddressIsListedAndStopsOnDelete() {
        String jobs = "/api/planning/territories/jobs";
        Response started = as("planner1").body(Map.of("seconds", 30)).post(jobs);
        started.then().statusCode(201).contentType("application/json");
        String id = started.path("job.id");
        started.then().header("Location", endsWith(jobs + "/" + id));
        as("planner1").get(jobs).then().statusCode(200).body("id", hasItem(id));
        as("planner1").delete(jobs + "/" + id).then().statusCode(200).body("job.id", equalTo(id));
        as("planner1").get(jobs + "/" + id).then().statusCode(200)
                .body("job.status", oneOf("SOLVING", "STOPPED", "FINISHED"));
        as("planner1").post(jobs + "/" + id + "/discard").then().statusCode(204);
    }
}
