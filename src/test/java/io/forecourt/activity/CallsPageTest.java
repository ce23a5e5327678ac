package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CallsPageTest {

    @Inject
    ActivityFixtures fixtures;

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    @Test
    void aRepSeesTheCallListOfAnyDayAndTheirSuccessRate() {
        String name = "Calls page SAS " + System.nanoTime();
        long account = fixtures.account(name, "rep1", Account.Status.ACTIVE);
        LocalDate day = LocalDate.of(2031, 3, 4);
        fixtures.planned(account, "rep1", Activity.Type.CALL, "QUOTE_FOLLOW_UP",
                day.atTime(10, 30).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime());
        String session = Sessions.signIn("rep1");
        page(session).get("/calls?date=2031-03-04").then().statusCode(200)
                .body(allOf(containsString("Planned calls on 2031-03-04"), containsString(name),
                        containsString("10:30"), containsString("quote follow up"), containsString("Success rate of calls"),
                        containsString("Rafael Rep"), not(containsString("Rita Rep")),
                        containsString("href=\"/calls\">Calls</a>")));
        page(session).get("/calls?date=2031-03-05").then().body(not(containsString(name)));
    }

    @Test
    void aManagerSeesTheSuccessRateOfTheTeamAndAStrayDateIsExplained() {
        long account = fixtures.account("Rate SAS " + System.nanoTime(), "rep2", Account.Status.ACTIVE);
        fixtures.done(account, "rep2", Activity.Type.CALL, "SERVICE", java.time.OffsetDateTime.now().minusDays(2),
                Activity.Outcome.REACHED_INTERESTED, null);
        String session = Sessions.signIn("manager1");
        page(session).get("/calls").then().statusCode(200)
                .body(allOf(containsString("Rita Rep"), not(containsString("Planned calls on"))));
        page(session).get("/calls?from=yesterday").then().statusCode(200)
                .body(containsString("&#39;yesterday&#39; is not a date"));
        page(Sessions.signIn("planner1")).get("/calls").then().statusCode(403);
    }
}
