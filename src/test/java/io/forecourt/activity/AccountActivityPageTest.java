package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Logging a contact from the account page: the guard warns before anything is saved and takes a reason. */
@QuarkusTest
class AccountActivityPageTest {

    @Inject
    ActivityFixtures fixtures;

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    private static String hourAgo() {
        return LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void aRepLogsADoneCallFromTheAccountPageAndSeesItInTheTimeline() {
        long account = fixtures.account("Logged SAS", "rep1", Account.Status.ACTIVE);
        String session = Sessions.signIn("rep1");
        page(session).get("/accounts/" + account).then()
                .body(containsString("href=\"/accounts/" + account + "/activities/new\""));
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/activities/new", session);
        form(session, csrf).formParam("mode", "DONE").formParam("type", "CALL").formParam("purpose", "SERVICE")
                .formParam("when", hourAgo()).formParam("outcome", "REACHED_INTERESTED")
                .formParam("notes", "Winter tyres next week").formParam("durationMinutes", "12")
                .formParam("followUpOn", "2031-02-01")
                .post("/accounts/" + account + "/activities").then().statusCode(303)
                .header("Location", endsWith("/accounts/" + account + "?saved=activity"));
        page(session).get("/accounts/" + account + "?saved=activity").then()
                .body(allOf(containsString("The contact is logged"), containsString("Winter tyres next week")));
        Api.as("rep1").get("/api/activities?account=" + account).then().body("$", hasSize(1))
                .body("[0].outcome", equalTo("REACHED_INTERESTED")).body("[0].durationMinutes", equalTo(12));
    }

    @Test
    void aColleaguesPlannedVisitWarnsBeforeSavingAndAReasonLetsTheContactThrough() {
        long account = fixtures.sharedAccount("Guarded page " + System.nanoTime());
        fixtures.planned(account, "rep2", Activity.Type.VISIT, "DEMO", OffsetDateTime.now().plusDays(2));
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/activities/new", session);
        String when = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
        form(session, csrf).formParam("mode", "PLANNED").formParam("type", "CALL").formParam("purpose", "DEMO")
                .formParam("when", when).formParam("notes", "Show the EV range")
                .post("/accounts/" + account + "/activities").then().statusCode(409)
                .body(allOf(containsString("Rita Rep has planned a visit for demo"), containsString("Nothing is saved yet"),
                        containsString("name=\"overrideReason\""), containsString("value=\"" + when + "\""),
                        containsString("Show the EV range"), containsString("Save anyway")));
        Api.as("rep1").get("/api/activities?account=" + account).then().body("$", hasSize(1));
        form(session, csrf).formParam("mode", "PLANNED").formParam("type", "CALL").formParam("purpose", "DEMO")
                .formParam("when", when).formParam("overrideReason", "Customer asked for me by name")
                .post("/accounts/" + account + "/activities").then().statusCode(303);
        Api.as("rep1").get("/api/activities?account=" + account + "&owner=" + fixtures.userId("rep1")).then()
                .body("$", hasSize(1)).body("[0].override.reason", equalTo("Customer asked for me by name"));
    }

    @Test
    void aBadFormComesBackWithTheProblemAndAColleaguesAccountIsNotFound() {
        long account = fixtures.account("Bad form SAS", "rep1", Account.Status.ACTIVE);
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/activities/new", session);
        form(session, csrf).formParam("mode", "PLANNED").formParam("type", "CALL").formParam("purpose", "SERVICE")
                .formParam("when", "").formParam("notes", "kept").post("/accounts/" + account + "/activities").then()
                .statusCode(400).body(allOf(containsString("Say when"), containsString("kept")));
        long theirs = fixtures.account("Not mine SAS", "rep2", Account.Status.ACTIVE);
        page(session).get("/accounts/" + theirs + "/activities/new").then().statusCode(404);
        form(session, csrf).formParam("mode", "DONE").formParam("type", "CALL").formParam("purpose", "SERVICE")
                .formParam("when", hourAgo()).post("/accounts/" + theirs + "/activities").then().statusCode(404);
        Api.as("rep2").get("/api/activities?account=" + theirs).then().body("$", hasSize(0));
    }

    @Test
    void everyBadFieldIsNamedBesideItselfAndNothingIsSaved() {
        long account = fixtures.account("Field errors SAS", "rep1", Account.Status.ACTIVE);
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/activities/new", session);
        String html = form(session, csrf).formParam("mode", "DONE").formParam("type", "CALL").formParam("purpose", "")
                .formParam("when", "yesterday-ish").formParam("durationMinutes", "1e400").formParam("followUpOn", "soon")
                .formParam("notes", "n".repeat(4001)).post("/accounts/" + account + "/activities").then()
                .statusCode(400).extract().asString();
        java.util.List<String> beside = java.util.regex.Pattern.compile("<span class=\"field-error\">([^<]*)</span>")
                .matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(beside).hasSize(5).anyMatch(t -> t.contains("not readable")).anyMatch(t -> t.contains("1440"))
                .anyMatch(t -> t.contains("not a date")).anyMatch(t -> t.contains("4000"));
        assertThat(html).contains("value=\"1e400\"").contains("value=\"soon\"");
        Api.as("rep1").get("/api/activities?account=" + account).then().body("$", hasSize(0));
    }

    @Test
    void logAContactOffersNowAndADoneCallWithoutATimeIsLoggedAsNow() {
        long account = fixtures.account("Now SAS", "rep1", Account.Status.ACTIVE);
        String session = Sessions.signIn("rep1");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
        page(session).get("/accounts/" + account + "/activities/new").then().statusCode(200)
                .body(containsString("name=\"when\" value=\"" + today + "T"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + account + "/activities/new", session);
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
        form(session, csrf).formParam("mode", "DONE").formParam("type", "CALL").formParam("purpose", "SERVICE")
                .formParam("when", "").formParam("outcome", "REACHED_INTERESTED")
                .post("/accounts/" + account + "/activities").then().statusCode(303);
        String doneAt = Api.as("rep1").get("/api/activities?account=" + account).then().body("$", hasSize(1))
                .extract().path("[0].doneAt");
        org.assertj.core.api.Assertions.assertThat(OffsetDateTime.parse(doneAt)).isAfter(before)
                .isBefore(OffsetDateTime.now().plusMinutes(1));
    }
}
