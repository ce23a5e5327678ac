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

/** Closing, moving and editing cards on the board by plain form posts, as a phone without JavaScript does. */
@QuarkusTest
class PipelineCardFormsTest {

    @Inject
    OpportunityFixtures fixtures;

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false)
                .cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void aRepClosesACardAsWonStraightFromTheBoard() {
        int id = Api.opportunity(fixtures.account("Won Card SAS", "rep1"), "Win me", "9000").create("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline", session);
        given().cookie("forecourt-session", session).accept("text/html").get("/pipeline").then()
                .body(allOf(containsString("Move or close"), containsString("<option value=\"CLOSED_WON\">Closed won")));
        form(session, csrf).formParam("to", "CLOSED_WON").formParam("version", 0).formParam("note", "Signed today")
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(303)
                .header("Location", endsWith("/pipeline?closed=CLOSED_WON"));
        Api.as("rep1").get("/api/opportunities/" + id).then().body("stage", equalTo("CLOSED_WON"))
                .body("probability", equalTo(100)).body("history[1].note", equalTo("Signed today"));
        given().cookie("forecourt-session", session).accept("text/html").get("/pipeline?closed=CLOSED_WON").then()
                .body(allOf(containsString("Won: the opportunity is closed."), not(containsString("Win me"))));
    }

    @Test
    void losingACardWithoutAReasonComesBackOpenAndWithAReasonCloses() {
        int id = Api.opportunity(fixtures.account("Lost Card SAS", "rep1"), "Lose me", "4000").create("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline", session);
        form(session, csrf).formParam("to", "CLOSED_LOST").formParam("version", 0).formParam("note", "kept note")
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(422)
                .body(allOf(containsString("Say why the opportunity was lost"), containsString("value=\"kept note\""),
                        containsString("<option value=\"CLOSED_LOST\" selected>")));
        Api.as("rep1").get("/api/opportunities/" + id).then().body("stage", equalTo("PROSPECTING"));
        form(session, csrf).formParam("to", "CLOSED_LOST").formParam("version", 0)
                .formParam("lostReason", "Bought a competitor's van")
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(303);
        Api.as("rep1").get("/api/opportunities/" + id).then().body("stage", equalTo("CLOSED_LOST"))
                .body("lostReason", equalTo("Bought a competitor's van"));
    }

    @Test
    void editingAmountDateAndProbabilitySavesAndBlankProbabilityMeansTheStageDefault() {
        int id = Api.opportunity(fixtures.account("Edit Card SAS", "rep1"), "Edit me", "1000").create("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline", session);
        form(session, csrf).formParam("amount", "23500.50").formParam("expectedCloseDate", "2031-01-15")
                .formParam("probability", "40").formParam("version", 0)
                .post("/pipeline/opportunities/" + id + "/edit").then().statusCode(303)
                .header("Location", endsWith("/pipeline?saved=" + id));
        Api.as("rep1").get("/api/opportunities/" + id).then().body("amount", equalTo(23500.50f))
                .body("expectedCloseDate", equalTo("2031-01-15")).body("probability", equalTo(40))
                .body("probabilityOverridden", equalTo(true));
        given().cookie("forecourt-session", session).accept("text/html").get("/pipeline").then()
                .body(containsString("23,500.5"));
        form(session, csrf).formParam("amount", "23500.50").formParam("expectedCloseDate", "2031-01-15")
                .formParam("probability", "").formParam("version", 1)
                .post("/pipeline/opportunities/" + id + "/edit").then().statusCode(303);
        Api.as("rep1").get("/api/opportunities/" + id).then().body("probability", equalTo(10))
                .body("probabilityOverridden", equalTo(false));
    }

    @Test
    void aMistypedEditComesBackWithTheTypedValuesAndAStaleOneSaysSo() {
        int id = Api.opportunity(fixtures.account("Typo Card SAS", "rep1"), "Typo", "1000").create("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline", session);
        form(session, csrf).formParam("amount", "lots").formParam("expectedCloseDate", "2031-01-15")
                .formParam("probability", "140").formParam("version", 0)
                .post("/pipeline/opportunities/" + id + "/edit").then().statusCode(400)
                .body(allOf(containsString("value=\"lots\""), containsString("is an amount of 0 or more"),
                        containsString("is a percentage from 0 to 100")));
        form(session, csrf).formParam("amount", "2000").formParam("expectedCloseDate", "2031-01-15")
                .formParam("version", 7).post("/pipeline/opportunities/" + id + "/edit").then().statusCode(409)
                .body(containsString("Someone else changed this opportunity while you were editing it"));
        Api.as("rep1").get("/api/opportunities/" + id).then().body("amount", equalTo(1000.0f));
    }

    @Test
    void aManagerClosesARepsCardFromTheirBoardButARepCannotTouchAColleagues() {
        int id = Api.opportunity(fixtures.account("Team Card SAS", "rep2"), "Team card", "3000").create("rep2");
        long rep2 = fixtures.userId("rep2");
        String manager = Sessions.signIn("manager1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/pipeline?owner=" + rep2, manager);
        form(manager, csrf).formParam("to", "CLOSED_WON").formParam("version", 0).formParam("owner", rep2)
                .post("/pipeline/opportunities/" + id + "/move").then().statusCode(303)
                .header("Location", endsWith("/pipeline?owner=" + rep2 + "&closed=CLOSED_WON"));
        int other = Api.opportunity(fixtures.account("Not Yours SAS", "rep2"), "Not yours", "3000").create("rep2");
        String rep1 = Sessions.signIn("rep1");
        Sessions.Csrf rep1Csrf = Sessions.csrfFrom("/pipeline", rep1);
        form(rep1, rep1Csrf).formParam("to", "CLOSED_LOST").formParam("lostReason", "x").formParam("version", 0)
                .post("/pipeline/opportunities/" + other + "/move").then().statusCode(404);
        form(rep1, rep1Csrf).formParam("amount", "1").formParam("expectedCloseDate", "2031-01-15")
                .formParam("version", 0).post("/pipeline/opportunities/" + other + "/edit").then().statusCode(404);
        Api.as("rep2").get("/api/opportunities/" + other).then().body("stage", equalTo("PROSPECTING"))
                .body("amount", equalTo(3000.0f));
    }
}
