package io.forecourt.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Who sees whose records: a rep their own, a manager their team's, an admin everyone's. */
@QuarkusTest
class OwnerScopeTest {

    @Inject
    UserRepository users;

    long id(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    @Test
    void aRepSeesOnlyTheirOwnRecords() {
        given().auth().preemptive().basic("rep1", "demo").get("/api/test-probe/scope").then().statusCode(200)
                .body("all", equalTo(false)).body("ownerIds", hasSize(1))
                .body("ownerIds[0]", equalTo((int) id("rep1")));
        given().auth().preemptive().basic("rep1", "demo").get("/api/test-probe/scope/rep1").then().statusCode(200);
        // another rep's record is not even acknowledged to exist
        given().auth().preemptive().basic("rep1", "demo").get("/api/test-probe/scope/rep2").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aManagerSeesTheirTeam() {
        given().auth().preemptive().basic("manager1", "demo").get("/api/test-probe/scope").then().statusCode(200)
                .body("all", equalTo(false))
                .body("ownerIds", containsInAnyOrder((int) id("manager1"), (int) id("rep1"), (int) id("rep2")));
        given().auth().preemptive().basic("manager1", "demo").get("/api/test-probe/scope/rep2").then().statusCode(200);
        given().auth().preemptive().basic("manager1", "demo").get("/api/test-probe/scope/planner1").then().statusCode(404);
    }

    @Test
    void anAdminSeesEverything() {
        given().auth().preemptive().basic("admin1", "demo").get("/api/test-probe/scope").then().statusCode(200)
                .body("all", equalTo(true));
        given().auth().preemptive().basic("admin1", "demo").get("/api/test-probe/scope/rep2").then().statusCode(200);
    }
}
