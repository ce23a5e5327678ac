package io.forecourt.forecast;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.forecourt.forecast.Api.as;
import static io.forecourt.forecast.Api.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DashboardPageTest {

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    private ForecastFixtures.Crew crewWithAMonth() {
        var c = fixtures.crew();
        String month = Period.monthOf(LocalDate.now(ForecastFixtures.ZONE)).code();
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", month, "metric", "REVENUE",
                "target", 20000)).post("/api/quotas").then().statusCode(201);
        long acc = fixtures.account(c.repId(), null);
        fixtures.order(c.repId(), acc, "4000", 1, LocalDate.now(ForecastFixtures.ZONE), false);
        fixtures.opportunity(c.repId(), fixtures.account(c.repId(), null), "NEGOTIATION", "10000", LocalDate.now(ForecastFixtures.ZONE).plusDays(3),
                LocalDate.now(ForecastFixtures.ZONE).minusDays(40));
        fixtures.activity(c.repId(), acc, "VISIT", LocalDate.now(ForecastFixtures.ZONE), 90);
        return c;
    }

    @Test
    void aManagerSeesEachRepsAttainmentTheForecastWithItsRangeAndTheFlagsOnOnePage() {
        var c = crewWithAMonth();
        as(c.manager()).post("/api/flags/evaluate").then().statusCode(200);
        String html = given().auth().preemptive().basic(c.manager(), "demo").accept("text/html").get("/dashboard")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("Dashboard · Team ").contains("<svg class=\"chart\"").contains("Revenue attainment against quota")
                .contains("Ann ").contains("Bob ").contains("no quota").contains("20000.00").contains("4000.00")
                .contains("Statistical (10th–90th percentile)").contains("Weighted pipeline")
                .contains("No activity on").contains("/dashboard/flags/").contains("name=\"csrf-token\"")
                .contains("Selling time").doesNotContain("<script src=\"http");
    }

    @Test
    void oneClickTurnsAFlagIntoCoachingThatTheDashboardLists() {
        var c = crewWithAMonth();
        as(c.manager()).post("/api/flags/evaluate").then().statusCode(200);
        int flag = as(c.manager()).get("/api/flags?rep=" + c.repId()).then().extract().path("[0].id");
        String session = Sessions.signIn(c.manager());
        Sessions.Csrf csrf = Sessions.csrfFrom("/dashboard", session);
        RestAssured.given().redirects().follow(false).cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf.token())
                .post("/dashboard/flags/" + flag + "/coach").then().statusCode(303);
        as(c.manager()).get("/api/corrective-actions?rep=" + c.repId()).then().statusCode(200).body("", hasSize(1))
                .body("[0].kind", equalTo("COACHING")).body("[0].flagId", equalTo(flag));
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/html").get("/dashboard?done=coaching")
                .then().statusCode(200).body(containsString("COACHING"));
        RestAssured.given().redirects().follow(false).cookie("forecourt-session", session)
                .contentType("application/x-www-form-urlencoded").post("/dashboard/flags/" + flag + "/coach")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(403)));
    }

    @Test
    void aRepSeesTheirOwnFiguresAndEveryTableExportsAsCsv() {
        var c = crewWithAMonth();
        given().auth().preemptive().basic(c.rep(), "demo").accept("text/html").get("/dashboard").then().statusCode(200)
                .body(containsString("Dashboard · Ann ")).body(not(containsString("Bob ")))
                .body(not(containsString("Re-evaluate now")));
        given().auth().preemptive().basic(c.rep(), "demo").accept("text/csv").get("/dashboard?table=attainment")
                .then().statusCode(200).body(containsString("name,metric,quota,actual")).body(containsString("Revenue,REVENUE,20000.00,4000.00"));
        for (String table : new String[] {"pipeline", "forecast", "trend", "flags", "actions", "time"}) {
            given().auth().preemptive().basic(c.rep(), "demo").get("/dashboard/" + table + ".csv").then().statusCode(200)
                    .contentType(containsString("text/csv"));
        }
        given().auth().preemptive().basic(c.rep(), "demo").accept("text/csv").get("/dashboard?table=time")
                .then().body(containsString("Visit,1.5"));
        given().auth().preemptive().basic(c.rep(), "demo").post("/dashboard/flags/1/coach").then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(403)));
        given().redirects().follow(false).accept("text/html").get("/dashboard").then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(302)).or(equalTo(303)).or(equalTo(401)));
        given().auth().preemptive().basic("customer1", "demo").accept("text/html").get("/dashboard").then().statusCode(403);
    }
}
