package io.forecourt.opportunity;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AccountOpportunityPageTest {

    @Inject
    OpportunityFixtures fixtures;

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false)
                .cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void aRepOpensAnOpportunityFromTheAccountPageAndFindsItOnTheBoard() {
        long account = fixtures.account("Opened SAS", "rep1");
        String session = Sessions.signIn("rep1");
        given().cookie("forecourt-session", session).accept("text/html").get("/accounts/" + account).then()
                .body(containsString("href=\"/accounts/" + account + "/opportunities/new\""));
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/opportunities/new", session);
        form(session, csrf).formParam("name", "Two vans").formParam("stage", "QUALIFICATION")
                .formParam("amount", "61,000").formParam("expectedCloseDate", "2031-05-31").formParam("probability", "")
                .post("/accounts/" + account + "/opportunities").then().statusCode(303)
                .header("Location", endsWith("/accounts/" + account + "?saved=opportunity"));
        Api.as("rep1").get("/api/opportunities?account=" + account).then().body("[0].name", equalTo("Two vans"))
                .body("[0].stage", equalTo("QUALIFICATION")).body("[0].probability", equalTo(25))
                .body("[0].amount", equalTo(61000.0f));
        given().cookie("forecourt-session", session).accept("text/html").get("/pipeline").then()
                .body(containsString("Two vans"));
    }

    @Test
    void aMistypedOpportunityComesBackAndAColleaguesAccountIsNotFound() {
        long account = fixtures.account("Mistyped SAS", "rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/opportunities/new", session);
        form(session, csrf).formParam("name", "Kept deal").formParam("stage", "PROSPECTING").formParam("amount", "many")
                .formParam("expectedCloseDate", "2031-05-31").post("/accounts/" + account + "/opportunities").then()
                .statusCode(400).body(allOf(containsString("value=\"Kept deal\""), containsString("is an amount")));
        Api.as("rep1").get("/api/opportunities?account=" + account).then().body("$", empty());
        long theirs = fixtures.account("Theirs SAS", "rep2");
        given().cookie("forecourt-session", session).accept("text/html").get("/accounts/" + theirs + "/opportunities/new")
                .then().statusCode(404);
        form(session, csrf).formParam("name", "Poach").formParam("stage", "PROSPECTING").formParam("amount", "1")
                .formParam("expectedCloseDate", "2031-05-31").post("/accounts/" + theirs + "/opportunities").then()
                .statusCode(404);
        Api.as("rep2").get("/api/opportunities?account=" + theirs).then().body("$", empty());
    }
}
