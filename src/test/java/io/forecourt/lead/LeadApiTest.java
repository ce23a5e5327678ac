package io.forecourt.lead;

import io.forecourt.security.UserRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.lead.Leads.as;
import static io.forecourt.lead.Leads.digits;
import static io.forecourt.lead.Leads.lead;
import static io.forecourt.lead.Leads.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LeadApiTest {

    @Inject
    UserRepository users;

    @Test
    void aRepOwnsTheLeadTheyCreateAndAnotherRepCannotSeeIt() {
        String name = "Scoped " + unique();
        long id = lead(name).with("email", unique() + "@example.com").createdBy("rep2");
        long rep2 = users.findByUsername("rep2").orElseThrow().getId();
        as("rep2").get("/api/leads/" + id).then().statusCode(200)
                .body("ownerId", equalTo((int) rep2)).body("status", equalTo("NEW")).body("source", equalTo("REP"));
        as("rep1").get("/api/leads/" + id).then().statusCode(404).contentType("application/problem+json");
        as("rep1").get("/api/leads?q=" + name).then().statusCode(200).body("id", not(hasItem((int) id)));
        as("manager1").get("/api/leads?q=" + name).then().statusCode(200).body("id", hasItem((int) id));
        as("admin1").get("/api/leads/" + id).then().statusCode(200);
        as("rep2").get("/api/leads.csv?q=" + name).then().statusCode(200).body(containsString(name));
        as("rep1").get("/api/leads.csv?q=" + name).then().statusCode(200).body(not(containsString(name)));
    }

    @Test
    void onlyTheSalesForceReachesLeads() {
        as("planner1").get("/api/leads").then().statusCode(403);
        as("customer1").get("/api/leads").then().statusCode(403);
        given().get("/api/leads").then().statusCode(401);
    }

    @Test
    void aNewLeadMatchingAnExistingOneIsFlaggedWithTheReasonButStillCreated() {
        String email = "Dup." + unique() + "@Example.com";
        long first = lead("Élodie Martin").with("email", email).createdBy("rep1");
        lead("E. Martin").with("email", email.toUpperCase()).post("rep1").then().statusCode(201)
                .body("duplicateOf", equalTo((int) first)).body("duplicateReason", containsString("email"));

        String d = digits();
        long byPhone = lead("Phone " + unique()).with("phone", "+33 6 " + d).createdBy("rep1");
        lead("Other " + unique()).with("phone", "06." + d.substring(0, 4) + "." + d.substring(4)).post("rep1")
                .then().statusCode(201).body("duplicateOf", equalTo((int) byPhone))
                .body("duplicateReason", containsString("phone"));

        String city = "Écully-" + unique();
        long byName = lead("Jérôme Dupont").with("city", city).createdBy("rep1");
        lead("  jerome   DUPONT ").with("city", city.replace("É", "E").toUpperCase()).post("rep2")
                .then().statusCode(201).body("duplicateOf", equalTo((int) byName))
                .body("duplicateReason", containsString("name"));

        lead("Fresh " + unique()).with("email", unique() + "@example.com").post("rep1")
                .then().statusCode(201).body("duplicateOf", nullValue());
    }

    @Test
    void aStaleChangeIsRefusedAndTheCurrentOneSaved() {
        long id = lead("Versioned " + unique()).createdBy("rep1");
        Map<String, Object> change = lead("Versioned renamed").with("city", "Lyon").with("version", 0).fields;
        as("rep1").body(change).put("/api/leads/" + id).then().statusCode(200)
                .body("name", equalTo("Versioned renamed")).body("version", equalTo(1));
        as("rep1").body(change).put("/api/leads/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(1));
    }

    @Test
    void illegalMovesAre409NamingTheAllowedOnes() {
        long id = lead("Moves " + unique()).createdBy("rep1");
        as("rep1").post("/api/leads/" + id + "/convert").then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", hasItems("CONTACTED", "QUALIFIED", "DISQUALIFIED", "MERGED"))
                .body("detail", containsString("QUALIFIED"));
        as("rep1").body(Map.of("reason", "No budget")).post("/api/leads/" + id + "/disqualify").then()
                .statusCode(200).body("status", equalTo("DISQUALIFIED")).body("statusReason", equalTo("No budget"));
        as("rep1").post("/api/leads/" + id + "/qualify").then().statusCode(409)
                .body("allowed", equalTo(java.util.List.of("MERGED")));
        as("rep1").body(Map.of()).post("/api/leads/" + id + "/disqualify").then().statusCode(400);
    }

    @Test
    void mergingKeepsTheMergedLeadAsHistoryAndFillsTheSurvivorsGaps() {
        String email = unique() + "@merge.example.com";
        long survivor = lead("Merge Target " + unique()).with("email", email).createdBy("rep1");
        String phone = "04 72 " + digits();
        long merged = lead("Merge Source").with("email", email).with("phone", phone).with("company", "Garage M")
                .createdBy("rep1");
        as("rep1").body(Map.of("into", survivor)).post("/api/leads/" + merged + "/merge").then().statusCode(200)
                .body("id", equalTo((int) survivor)).body("phone", equalTo(phone))
                .body("company", equalTo("Garage M")).body("status", equalTo("NEW"));
        as("rep1").get("/api/leads/" + merged).then().statusCode(200).body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo((int) survivor)).body("phone", equalTo(phone))
                .body("duplicateOf", equalTo((int) survivor));
        as("rep1").body(Map.of("into", survivor)).post("/api/leads/" + merged + "/merge").then().statusCode(409);
        long other = lead("Not mine " + unique()).createdBy("rep2");
        as("rep1").body(Map.of("into", other)).post("/api/leads/" + survivor + "/merge").then().statusCode(404);
    }

    @Test
    void convertingAQualifiedLeadMakesAnAccountAndContactTheOwnerSees() {
        String company = "Garage Converti " + unique();
        String email = unique() + "@convert.example.com";
        long id = lead("Anne-Marie Lefèvre").with("company", company).with("email", email).with("city", "Lyon")
                .createdBy("rep2");
        as("rep2").post("/api/leads/" + id + "/contacted").then().statusCode(200).body("status", equalTo("CONTACTED"));
        as("rep2").post("/api/leads/" + id + "/qualify").then().statusCode(200).body("status", equalTo("QUALIFIED"));
        var converted = as("rep2").post("/api/leads/" + id + "/convert").then().statusCode(200)
                .body("opportunityId", notNullValue()).extract().jsonPath();
        long accountId = converted.getLong("accountId");
        as("rep2").get("/api/accounts/" + accountId).then().statusCode(200).body("name", equalTo(company))
                .body("kind", equalTo("COMPANY")).body("status", equalTo("PROSPECT")).body("owner", equalTo("Rita Rep"));
        as("rep2").get("/api/accounts/" + accountId + "/contacts").then().statusCode(200)
                .body("lastName", hasItem("Lefèvre")).body("email", hasItem(email))
                .body("id", hasItem((int) converted.getLong("contactId")));
        as("rep2").get("/api/leads/" + id).then().body("status", equalTo("CONVERTED"))
                .body("accountId", equalTo((int) accountId));
        as("rep2").post("/api/leads/" + id + "/convert").then().statusCode(409);
        as("rep2").get("/api/opportunities/" + converted.getLong("opportunityId")).then().statusCode(200)
                .body("stage", equalTo("PROSPECTING")).body("accountId", equalTo((int) accountId));
    }

    @Test
    void aRepsNewLeadsAreOnTheirCallListAndMyDayUntilContacted() {
        String name = "Call Me " + unique();
        long id = lead(name).with("phone", "04 72 00 00 00").createdBy("rep1");
        as("rep1").get("/api/activities/call-list").then().statusCode(200).body("newLeads.name", hasItem(name));
        as("rep2").get("/api/activities/call-list").then().statusCode(200).body("newLeads.name", not(hasItem(name)));
        io.restassured.RestAssured.given().cookie("forecourt-session", io.forecourt.testing.Sessions.signIn("rep1"))
                .accept("text/html").get("/my-day").then().statusCode(200).body(org.hamcrest.Matchers.containsString(name));
        as("rep1").post("/api/leads/" + id + "/contacted").then().statusCode(200);
        as("rep1").get("/api/activities/call-list").then().statusCode(200).body("newLeads.name", not(hasItem(name)));
    }

    @Test
    void aCustomersSavedCarFollowsTheirLeadOntoTheAccountAndIntoTheOpportunity() {
        String email = unique() + "@buyer.example.com";
        String code = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("product", "AURA", "name", "Vera Buyer", "email", email,
                        "selections", java.util.List.of("ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC",
                                "INT_LEATHER_BLACK", "WHEEL_18_ALLOY", "PKG_WINTER")))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        long lead = as("manager1").get("/api/leads?q=" + email).then().statusCode(200).extract().jsonPath().getLong("[0].id");
        as("manager1").post("/api/leads/" + lead + "/contacted").then().statusCode(200);
        as("manager1").post("/api/leads/" + lead + "/qualify").then().statusCode(200);
        var converted = as("manager1").post("/api/leads/" + lead + "/convert").then().statusCode(200).extract().jsonPath();
        as("manager1").get("/api/opportunities/" + converted.getLong("opportunityId")).then().statusCode(200)
                .body("amount", org.hamcrest.Matchers.equalTo(36880.0f));
        io.restassured.RestAssured.given().cookie("forecourt-session", io.forecourt.testing.Sessions.signIn("manager1"))
                .accept("text/html").get("/accounts/" + converted.getLong("accountId")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/configurations/" + code));
    }
}
