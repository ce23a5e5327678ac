package io.forecourt.opportunity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class OpportunityScopeTest {

    @Inject
    OpportunityFixtures fixtures;

    @Test
    void aRepNeitherSeesNorMovesAnotherRepsOpportunities() {
        long mine = fixtures.account("Rep1 Own AG", "rep1");
        long theirs = fixtures.account("Rep2 Own AG", "rep2");
        int own = Api.opportunity(mine, "Mine", "1000").create("rep1");
        int other = Api.opportunity(theirs, "Theirs", "1000").create("rep2");
        Api.as("rep1").get("/api/opportunities/" + other).then().statusCode(404);
        Api.as("rep1").get("/api/opportunities/" + other + "/history").then().statusCode(404);
        Api.move("rep1", other, "QUALIFICATION", 0, null).then().statusCode(404);
        Api.opportunity(theirs, "Poaching", "1000").post("rep1").then().statusCode(404);
        Api.as("rep1").get("/api/opportunities").then().statusCode(200)
                .body("id", hasItem(own)).body("id", not(hasItem(other)));
    }

    @Test
    void theManagerSeesAndMovesBothRepsOpportunities() {
        int a = Api.opportunity(fixtures.account("Team A KG", "rep1"), "A", "1000").create("rep1");
        int b = Api.opportunity(fixtures.account("Team B KG", "rep2"), "B", "1000").create("rep2");
        Api.as("manager1").get("/api/opportunities").then().statusCode(200).body("id", hasItems(a, b));
        Api.move("manager1", b, "QUALIFICATION", 0, "Coaching call").then().statusCode(200)
                .body("history[1].by", equalTo("Marta Manager"));
        Api.as("manager1").get("/api/opportunities?owner=" + fixtures.userId("rep2")).then().statusCode(200)
                .body("id", hasItem(b)).body("id", not(hasItem(a)));
    }

    @Test
    void thePlannerReadsButNeverWritesCustomersAreRefusedAndStrangersMustSignIn() {
        long account = fixtures.account("Roles SE", "rep1");
        int id = Api.opportunity(account, "Roles", "1000").create("rep1");
        Api.as("planner1").get("/api/opportunities").then().statusCode(200);
        Api.as("planner1").get("/api/opportunities/pipeline").then().statusCode(200);
        Api.opportunity(account, "Planned", "1000").post("planner1").then().statusCode(403);
        Api.move("planner1", id, "QUALIFICATION", 0, null).then().statusCode(403);
        Api.as("planner1").body(Api.opportunity(account, "x", "1").with("version", 0).fields)
                .put("/api/opportunities/" + id).then().statusCode(403);
        Api.as("customer1").get("/api/opportunities").then().statusCode(403);
        given().accept("application/json").get("/api/opportunities").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/opportunities").then().statusCode(401);
    }

    @Test
    void onlyManagersAskForThePipelinePerRep() {
        Api.as("rep1").get("/api/opportunities/pipeline?team=true").then().statusCode(403);
        Api.as("rep1").get("/api/opportunities/pipeline?owner=" + fixtures.userId("rep2")).then().statusCode(404);
    }
}
