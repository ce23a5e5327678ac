package io.forecourt.opportunity;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PipelinePageTest {

    @Inject
    OpportunityFixtures fixtures;

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    @Test
    void theBoardShowsTheRepsOwnCardsInStageColumns() {
        long mine = fixtures.account("Board Own SAS", "rep1");
        Api.opportunity(mine, "Board fleet deal", "12500").with("stage", "PROPOSAL").create("rep1");
        Api.opportunity(fixtures.account("Board Other SAS", "rep2"), "Someone else's deal", "1000").create("rep2");
        String session = Sessions.signIn("rep1");
        page(session).get("/pipeline").then().statusCode(200)
                .body(allOf(containsString("id=\"stage-PROPOSAL\""), containsString("Board fleet deal"),
                        containsString("12,500 EUR"), containsString("closes 2030-06-30"),
                        containsString("← Qualification"), containsString("Negotiation →"),
                        containsString("href=\"/pipeline\">Pipeline</a>"),
                        not(containsString("Someone else&#39;s deal")), not(containsString("Someone else's deal"))));
    }

    @Test
    void theMoveFormNeedsItsCsrfTokenAndRedirectsBackToTheBoard() {
        long account = fixtures.account("Board Move SAS", "rep1");
        int id = Api.opportunity(account, "Move me", "5000").create("rep1");
        String session = Sessions.signIn("rep1");
        page(session).contentType("application/x-www-form-urlencoded").formParam("to", "QUALIFICATION")
                .formParam("version", 0).post("/pipeline/opportunities/" + id + "/move").then()
                .statusCode(400);
        Api.as("rep1").get("/api/opportunities/" + id).then().body("stage", equalTo("PROSPECTING"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline", session);
        page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("to", "QUALIFICATION").formParam("version", 0)
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(303)
                .header("Location", endsWith("/pipeline?moved=" + id));
        Api.as("rep1").get("/api/opportunities/" + id).then().body("stage", equalTo("QUALIFICATION"))
                .body("history[1].by", equalTo("Rafael Rep"));
        // the same card sent twice: the second is stale and says so on the board
        page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("to", "PROPOSAL").formParam("version", 0)
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(409)
                .body(containsString("Someone else changed this opportunity"));
    }

    @Test
    void aManagerPicksARepOrSeesTheTeamPerRep() {
        Api.opportunity(fixtures.account("Board Team SAS", "rep2"), "Team board deal", "8000").create("rep2");
        String session = Sessions.signIn("manager1");
        page(session).get("/pipeline").then().statusCode(200)
                .body(allOf(containsString("The whole team"), containsString("Rita Rep"), containsString("Per rep"),
                        containsString("Team board deal")));
        page(session).get("/pipeline?owner=").then().statusCode(200).body(containsString("Team board deal"));
        page(session).get("/pipeline?owner=" + fixtures.userId("rep1")).then().statusCode(200)
                .body(not(containsString("Team board deal")));
        page(Sessions.signIn("planner1")).get("/pipeline").then().statusCode(403);
    }
}
