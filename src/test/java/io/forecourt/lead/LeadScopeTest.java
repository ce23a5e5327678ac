package io.forecourt.lead;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.forecourt.lead.Leads.as;
import static io.forecourt.lead.Leads.lead;
import static io.forecourt.lead.Leads.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Leads belong to their owner and to the rep of their territory; what a rep cannot see, they cannot merge into. */
@QuarkusTest
class LeadScopeTest {

    @Inject
    LeadFixtures fixtures;

    @Test
    void aRepSeesAndWorksTheLeadsOfTheirTerritoryThatAColleagueOwns() {
        String tag = unique();
        long id = fixtures.inTerritoryOf("Territory lead " + tag, "rep2", "rep1");
        as("rep1").get("/api/leads?q=" + tag).then().statusCode(200).body("id", hasItem((int) id));
        as("rep1").post("/api/leads/" + id + "/contacted").then().statusCode(200).body("status", equalTo("CONTACTED"));
        long elsewhere = fixtures.inTerritoryOf("Elsewhere lead " + tag, "rep2", "rep2");
        as("rep1").get("/api/leads/" + elsewhere).then().statusCode(404);
        as("rep1").get("/api/leads?q=" + tag).then().body("id", not(hasItem((int) elsewhere)));
        as("manager1").get("/api/leads/" + elsewhere).then().statusCode(200);
    }

    @Test
    void theMergeButtonIsOfferedOnlyIntoALeadTheRepSees() {
        String tag = unique();
        String email = tag + "@scope.example.com";
        long theirs = lead("Their original " + tag).with("email", email).createdBy("rep2");
        long mine = lead("My copy " + tag).with("email", email).createdBy("rep1");
        as("rep1").get("/api/leads/" + mine).then().body("duplicateOf", equalTo((int) theirs));
        given().cookie("forecourt-session", Sessions.signIn("rep1")).accept("text/html").get("/leads?q=" + tag).then()
                .statusCode(200).body(allOf(containsString("My copy " + tag),
                        not(containsString("Merge into #" + theirs)), not(containsString("Their original"))));
        given().cookie("forecourt-session", Sessions.signIn("manager1")).accept("text/html").get("/leads?q=" + tag)
                .then().body(containsString("Merge into #" + theirs));
    }
}
