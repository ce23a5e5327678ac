package io.forecourt.activity;

import io.forecourt.account.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ActivityApiTest {

    private static final String TOMORROW = OffsetDateTime.now().plusDays(1).withNano(0).toString();

    @Inject
    ActivityFixtures fixtures;

    @Test
    void anUnknownPurposeIs400NamingTheAllowedOnes() {
        long account = fixtures.account("Vocabulary SA", "rep1", Account.Status.ACTIVE);
        Api.plan(account, "CALL", "GOSSIP", TOMORROW).post("rep1").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Unknown purpose 'GOSSIP'"))
                .body("detail", containsString("FIRST_CONTACT, DEMO, QUOTE_FOLLOW_UP, SERVICE, COLLECTION"))
                .body("allowed", hasItem("COLLECTION"));
        Api.plan(account, "FAX", "DEMO", TOMORROW).post("rep1").then().statusCode(400)
                .body("detail", containsString("CALL, VISIT, EMAIL, MEETING"));
        Api.plan(account, "CALL", "DEMO", null).post("rep1").then().statusCode(400)
                .body("detail", containsString("plannedAt"));
    }

    @Test
    void anUpdateWithAStaleVersionIs409() {
        long account = fixtures.account("Versioned SARL", "rep1", Account.Status.ACTIVE);
        int id = Api.plan(account, "CALL", "DEMO", TOMORROW).post("rep1").then().statusCode(201)
                .body("version", equalTo(0)).extract().path("id");
        Api.as("rep1").body(Api.plan(account, "VISIT", "DEMO", TOMORROW).with("notes", "bring the brochure")
                        .with("version", 0).fields)
                .put("/api/activities/" + id).then().statusCode(200)
                .body("type", equalTo("VISIT")).body("notes", equalTo("bring the brochure")).body("version", equalTo(1));
        Api.as("rep1").body(Api.plan(account, "CALL", "DEMO", TOMORROW).with("version", 0).fields)
                .put("/api/activities/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void oneTapLogsTheOutcomeOfAPlannedContactOnce() {
        long account = fixtures.account("Outcome GmbH", "rep1", Account.Status.ACTIVE);
        int id = Api.plan(account, "CALL", "QUOTE_FOLLOW_UP", TOMORROW).post("rep1").then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");
        String outcome = "{\"outcome\":\"MEETING_BOOKED\",\"notes\":\"Wants the Terra\",\"followUpOn\":\"2030-01-15\"}";
        Api.as("rep1").body(outcome).post("/api/activities/" + id + "/outcome").then().statusCode(200)
                .body("status", equalTo("DONE")).body("outcome", equalTo("MEETING_BOOKED"))
                .body("success", equalTo(true)).body("followUpOn", equalTo("2030-01-15"))
                .body("notes", equalTo("Wants the Terra"));
        Api.as("rep1").body(outcome).post("/api/activities/" + id + "/outcome").then().statusCode(409);
        int other = Api.plan(account, "CALL", "SERVICE", TOMORROW).post("rep1").then().extract().path("id");
        Api.as("rep1").body("{\"outcome\":\"MAYBE\"}").post("/api/activities/" + other + "/outcome").then()
                .statusCode(400).body("detail", containsString("NO_ANSWER"));
    }

    @Test
    void listsFilterByAccountAndStatus() {
        long account = fixtures.account("Filter BV", "rep1", Account.Status.ACTIVE);
        Api.plan(account, "CALL", "DEMO", TOMORROW).post("rep1").then().statusCode(201);
        fixtures.done(account, "rep1", Activity.Type.VISIT, "SERVICE", OffsetDateTime.now().minusDays(2),
                Activity.Outcome.REACHED_INTERESTED, null);
        Api.as("rep1").get("/api/activities?account=" + account).then().statusCode(200).body("size()", equalTo(2));
        Api.as("rep1").get("/api/activities?account=" + account + "&status=planned").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].purpose", equalTo("DEMO"));
        Api.as("rep1").get("/api/activities?account=" + account + "&status=done").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].type", equalTo("VISIT"));
    }

    @Test
    void aRepNeitherSeesNorWritesContactsOfAccountsOutOfScope() {
        long theirs = fixtures.account("Rita's Own Ltd", "rep2", Account.Status.ACTIVE);
        int id = Api.plan(theirs, "CALL", "DEMO", TOMORROW).post("rep2").then().statusCode(201).extract().path("id");
        Api.plan(theirs, "CALL", "SERVICE", TOMORROW).post("rep1").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("rep1").get("/api/activities/" + id).then().statusCode(404);
        Api.as("rep1").get("/api/activities?account=" + theirs).then().statusCode(404);
        Api.as("rep1").body("{\"outcome\":\"NO_ANSWER\"}").post("/api/activities/" + id + "/outcome")
                .then().statusCode(404);
        Api.as("rep1").get("/api/activities").then().statusCode(200)
                .body("accountId", everyItem(not(equalTo((int) theirs))));
        Api.as("manager1").get("/api/activities/" + id).then().statusCode(200).body("owner", equalTo("Rita Rep"));
    }

    @Test
    void strangersAre401AndCustomers403() {
        given().get("/api/activities").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body("{}").post("/api/activities").then().statusCode(401);
        Api.as("customer1").get("/api/activities").then().statusCode(403).contentType("application/problem+json");
        Api.as("customer1").get("/api/activities/call-list").then().statusCode(403);
    }
}
