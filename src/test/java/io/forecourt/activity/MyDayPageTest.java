package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MyDayPageTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    ActivityFixtures fixtures;

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void myDayShowsTodaysContactsDueFollowUpsAndProspects() {
        long account = fixtures.account("Page Today GmbH", "rep1", Account.Status.ACTIVE);
        OffsetDateTime noon = LocalDate.now(ZONE).atTime(12, 0).atZone(ZONE).toOffsetDateTime();
        long call = fixtures.planned(account, "rep1", Activity.Type.CALL, "QUOTE_FOLLOW_UP", noon);
        long due = fixtures.account("Page Follow Up AG", "rep1", Account.Status.ACTIVE);
        fixtures.done(due, "rep1", Activity.Type.CALL, "DEMO", noon.minusDays(5), Activity.Outcome.CALL_BACK,
                LocalDate.now(ZONE).minusDays(1));
        fixtures.account("Page Prospect SAS", "rep1", Account.Status.PROSPECT);

        String rep = Sessions.signIn("rep1");
        // today's contacts come a page at a time (other tests plan many for today): the call is on one of them
        StringBuilder today = new StringBuilder();
        for (int p = 1; p <= 20 && !today.toString().contains("/my-day/activities/" + call + "/outcome"); p++) {
            today.append(page(rep).get("/my-day?today=" + p).then().statusCode(200).extract().asString());
        }
        org.assertj.core.api.Assertions.assertThat(today.toString())
                .contains("action=\"/my-day/activities/" + call + "/outcome\"").contains("quote follow up");
        page(rep).get("/my-day").then().statusCode(200)
                .body(allOf(containsString("Rafael Rep"), containsString("Page Today GmbH"),
                        containsString("12:00"),
                        containsString("value=\"MEETING_BOOKED\""), containsString("Page Follow Up AG"),
                        containsString("Page Prospect SAS"), containsString("action=\"/my-day/plan\""),
                        not(containsString("<script>"))));
        page(Sessions.signIn("rep2")).get("/my-day").then().statusCode(200)
                .body(not(containsString("Page Today GmbH")));
    }

    @Test
    void theOneTapOutcomeFormNeedsItsCsrfToken() {
        long account = fixtures.account("Page Outcome SpA", "rep1", Account.Status.ACTIVE);
        long call = fixtures.planned(account, "rep1", Activity.Type.CALL, "DEMO", OffsetDateTime.now().plusHours(1));
        String session = Sessions.signIn("rep1");
        page(session).contentType("application/x-www-form-urlencoded").formParam("outcome", "NO_ANSWER")
                .post("/my-day/activities/" + call + "/outcome").then().statusCode(400);
        Api.as("rep1").get("/api/activities/" + call).then().body("status", equalTo("PLANNED"));

        form(session, Sessions.csrfFrom("/my-day", session)).formParam("outcome", "REACHED_INTERESTED")
                .formParam("notes", "Test drive on Friday").formParam("followUpOn", "2030-02-01")
                .post("/my-day/activities/" + call + "/outcome").then().statusCode(303)
                .header("Location", endsWith("/my-day?logged=" + call));
        Api.as("rep1").get("/api/activities/" + call).then().body("status", equalTo("DONE"))
                .body("outcome", equalTo("REACHED_INTERESTED")).body("followUpOn", equalTo("2030-02-01"));
    }

    @Test
    void planningWhatAColleagueHasPlannedWarnsAndAsksForAReason() {
        long account = fixtures.sharedAccount("Page Shared Motors");
        fixtures.planned(account, "rep1", Activity.Type.VISIT, "DEMO", OffsetDateTime.now().plusDays(2));
        String session = Sessions.signIn("rep2");
        String when = LocalDate.now(ZONE).plusDays(3) + "T10:30";

        form(session, Sessions.csrfFrom("/my-day", session)).formParam("accountId", account)
                .formParam("type", "CALL").formParam("purpose", "DEMO").formParam("plannedAt", when)
                .post("/my-day/plan").then().statusCode(409)
                .body(allOf(containsString("Rafael Rep has planned a visit for demo"),
                        containsString("name=\"overrideReason\""), containsString("value=\"" + when + "\""),
                        containsString("Plan anyway")));

        form(session, Sessions.csrfFrom("/my-day", session)).formParam("accountId", account)
                .formParam("type", "CALL").formParam("purpose", "DEMO").formParam("plannedAt", when)
                .formParam("overrideReason", "Rafael is on leave")
                .post("/my-day/plan").then().statusCode(303).header("Location", containsString("/my-day?planned="));
        Api.as("rep2").get("/api/activities?account=" + account + "&owner=" + fixtures.userId("rep2")).then()
                .body("[0].override.reason", equalTo("Rafael is on leave"));
    }
}
