package io.forecourt.forecast;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.forecourt.forecast.Api.as;
import static io.forecourt.forecast.Api.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AttainmentTest {

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    private void quota(ForecastFixtures.Crew c, String scope, long id, String period, String metric, Object target) {
        as(c.manager()).body(body("scope", scope, "subjectId", id, "period", period, "metric", metric, "target", target))
                .post("/api/quotas").then().statusCode(201);
    }

    @Test
    void revenueCountsOrdersPlacedInThePeriodUpToTodayAndNeverCancelledOnes() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        quota(c, "rep", c.repId(), "2025-03", "REVENUE", 10000);
        quota(c, "rep", c.repId(), "2025-03", "UNITS", 4);
        fixtures.order(c.repId(), acc, "2000", 1, LocalDate.of(2025, 3, 1), false);  // first day (a Saturday)
        fixtures.order(c.repId(), acc, "3000", 2, LocalDate.of(2025, 3, 14), false); // as of this day
        fixtures.order(c.repId(), acc, "5000", 1, LocalDate.of(2025, 3, 10), true);  // cancelled
        fixtures.order(c.repId(), acc, "700", 1, LocalDate.of(2025, 2, 28), false);  // the month before
        fixtures.order(c.repId(), acc, "900", 1, LocalDate.of(2025, 3, 31), false);  // last day, after asOf
        fixtures.order(c.repId(), acc, "800", 1, LocalDate.of(2025, 4, 1), false);   // the month after
        // March 2025: 21 selling days; up to Friday the 14th, 10 of them
        as(c.rep()).get("/api/attainment?period=2025-03&scope=rep&asOf=2025-03-14").then().statusCode(200)
                .body("sellingDays", equalTo(21)).body("elapsedSellingDays", equalTo(10))
                .body("targets.find { it.metric == 'REVENUE' }.actual", equalTo(5000.00f))
                .body("targets.find { it.metric == 'REVENUE' }.attainmentPercent", equalTo(50.0f))
                .body("targets.find { it.metric == 'REVENUE' }.variance", equalTo(-5000.00f))
                .body("targets.find { it.metric == 'REVENUE' }.proRata", equalTo(4761.90f))
                .body("targets.find { it.metric == 'REVENUE' }.projection", equalTo(10500.00f))
                .body("targets.find { it.metric == 'REVENUE' }.status", equalTo("ON_TRACK"))
                .body("targets.find { it.metric == 'UNITS' }.actual", equalTo(3.00f))
                .body("targets.find { it.metric == 'UNITS' }.projection", equalTo(6.30f));
        as(c.rep()).get("/api/attainment?period=2025-03&asOf=2025-06-01").then().statusCode(200)
                .body("elapsedSellingDays", equalTo(21))
                .body("targets.find { it.metric == 'REVENUE' }.actual", equalTo(5900.00f))
                .body("targets.find { it.metric == 'REVENUE' }.projection", equalTo(5900.00f))
                .body("targets.find { it.metric == 'REVENUE' }.status", equalTo("BEHIND"));
    }

    @Test
    void activityStandardsCountDoneCallsVisitsTheirHoursLeadsAndQuotesSent() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        for (String metric : new String[] {"CALLS", "VISITS", "SELLING_HOURS", "NEW_LEADS", "QUOTES_SENT"}) {
            quota(c, "rep", c.repId(), "2025-05", metric, 10);
        }
        fixtures.activity(c.repId(), acc, "CALL", LocalDate.of(2025, 5, 5), 30);
        fixtures.activity(c.repId(), acc, "CALL", LocalDate.of(2025, 5, 6), 15);
        fixtures.activity(c.repId(), acc, "VISIT", LocalDate.of(2025, 5, 7), 90);
        fixtures.activity(c.repId(), acc, "EMAIL", LocalDate.of(2025, 5, 7), 60); // not selling time
        fixtures.activity(c.repId(), acc, "VISIT", LocalDate.of(2025, 6, 2), 60);  // next month
        fixtures.lead(c.repId(), LocalDate.of(2025, 5, 9));
        fixtures.lead(c.rep2Id(), LocalDate.of(2025, 5, 9));
        fixtures.quote(c.repId(), acc, "SENT", LocalDate.of(2025, 5, 20));
        as(c.manager()).get("/api/attainment?period=2025-05&scope=rep&id=" + c.repId() + "&asOf=2025-07-01")
                .then().statusCode(200)
                .body("targets.find { it.metric == 'CALLS' }.actual", equalTo(2.00f))
                .body("targets.find { it.metric == 'VISITS' }.actual", equalTo(1.00f))
                .body("targets.find { it.metric == 'SELLING_HOURS' }.actual", equalTo(2.25f))
                .body("targets.find { it.metric == 'NEW_LEADS' }.actual", equalTo(1.00f))
                .body("targets.find { it.metric == 'QUOTES_SENT' }.actual", equalTo(1.00f));
    }

    @Test
    void aQuarterRollsUpItsMonthsAndATeamItsReps() {
        var c = fixtures.crew();
        quota(c, "rep", c.repId(), "2025-07", "REVENUE", 1000);
        quota(c, "rep", c.repId(), "2025-08", "REVENUE", 2000);
        quota(c, "rep", c.repId(), "2025-09", "REVENUE", 3000);
        quota(c, "team", c.teamId(), "2025-Q3", "REVENUE", 20000);
        fixtures.order(c.repId(), fixtures.account(c.repId(), null), "4000", 1, LocalDate.of(2025, 8, 12), false);
        fixtures.order(c.rep2Id(), fixtures.account(c.rep2Id(), null), "6000", 1, LocalDate.of(2025, 9, 30), false);
        as(c.manager()).get("/api/attainment?period=2025-Q3&scope=rep&id=" + c.repId() + "&asOf=2025-12-01")
                .then().statusCode(200).body("targets[0].quota", equalTo(6000.00f)).body("targets[0].actual", equalTo(4000.00f));
        as(c.manager()).get("/api/attainment?period=2025-Q3&scope=team&id=" + c.teamId() + "&asOf=2025-12-01")
                .then().statusCode(200).body("targets[0].quota", equalTo(20000.00f))
                .body("targets[0].actual", equalTo(10000.00f)).body("targets[0].attainmentPercent", equalTo(50.0f));
    }

    @Test
    void aTerritoryCountsTheOrdersOnItsAccounts() {
        var c = fixtures.crew();
        long t = fixtures.territory(c.repId(), c.teamId());
        quota(c, "territory", t, "2025-10", "REVENUE", 5000);
        fixtures.order(c.rep2Id(), fixtures.account(c.rep2Id(), t), "2500", 1, LocalDate.of(2025, 10, 15), false);
        fixtures.order(c.repId(), fixtures.account(c.repId(), null), "9999", 1, LocalDate.of(2025, 10, 15), false);
        as(c.manager()).get("/api/attainment?period=2025-10&scope=territory&id=" + t + "&asOf=2025-11-30")
                .then().statusCode(200).body("targets[0].actual", equalTo(2500.00f));
    }

    @Test
    void eachSeesOnlyTheirOwnAttainmentAndItExportsAsCsv() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        quota(c, "rep", c.repId(), "2025-11", "REVENUE", 1000);
        as(c.rep2()).get("/api/attainment?period=2025-11&scope=rep&id=" + c.repId()).then().statusCode(404);
        as(c.rep()).get("/api/attainment?period=2025-11&scope=team&id=" + c.teamId()).then().statusCode(404);
        as(other.manager()).get("/api/attainment?period=2025-11&scope=rep&id=" + c.repId()).then().statusCode(404);
        as("admin1").get("/api/attainment?period=2025-11&scope=rep&id=" + c.repId()).then().statusCode(200);
        as(c.rep()).get("/api/attainment?period=2025-13").then().statusCode(400);
        given().get("/api/attainment?period=2025-11").then().statusCode(401);
        given().auth().preemptive().basic(c.rep(), "demo").accept("text/csv")
                .get("/api/attainment?period=2025-11&asOf=2025-11-28").then().statusCode(200)
                .body(containsString("period,subject,metric,quota,actual"))
                .body(containsString("2025-11,Ann "));
    }
}
