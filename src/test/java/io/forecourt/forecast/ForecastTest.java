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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ForecastTest {

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    @Test
    void theWeightedPipelineWeighsDealsClosingInThePeriodByStageProbabilityAndLeavesLostOnesOut() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        LocalDate created = LocalDate.of(2025, 12, 1);
        fixtures.opportunity(c.repId(), acc, "PROSPECTING", "10000", LocalDate.of(2026, 2, 10), created);
        fixtures.opportunity(c.repId(), acc, "NEGOTIATION", "20000", LocalDate.of(2026, 2, 28), created);
        fixtures.opportunity(c.repId(), acc, "CLOSED_WON", "5000", LocalDate.of(2026, 2, 1), created);
        fixtures.opportunity(c.repId(), acc, "CLOSED_LOST", "8000", LocalDate.of(2026, 2, 3), created);
        fixtures.opportunity(c.repId(), acc, "NEGOTIATION", "99000", LocalDate.of(2026, 3, 1), created);
        as(c.rep()).get("/api/forecasts/pipeline?period=2026-02").then().statusCode(200)
                .body("weighted", equalTo(21000.00f)).body("closedWon", equalTo(5000.00f)).body("deals", hasSize(4))
                .body("byCategory.find { it.name == 'PIPELINE' }.weighted", equalTo(1000.00f))
                .body("byCategory.find { it.name == 'COMMIT' }.amount", equalTo(20000.00f))
                .body("byCategory.find { it.name == 'OMITTED' }.count", equalTo(1))
                .body("byStage.find { it.name == 'NEGOTIATION' }.weighted", equalTo(15000.00f));
        as(c.rep()).get("/api/forecasts/pipeline?period=2026-Q1").then().statusCode(200).body("deals", hasSize(5));
    }

    @Test
    void aRepOverridesADealsCategoryWithANoteAndOthersCannot() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        long deal = fixtures.opportunity(c.repId(), fixtures.account(c.repId(), null), "PROPOSAL", "40000",
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 1, 5));
        as(c.rep()).body(body("category", "COMMIT")).put("/api/forecasts/opportunities/" + deal + "/category")
                .then().statusCode(422).body("violations[0].field", equalTo("note"));
        as(c.rep()).body(body("category", "COMMIT", "note", "Signed letter of intent", "version", 0))
                .put("/api/forecasts/opportunities/" + deal + "/category").then().statusCode(200)
                .body("category", equalTo("COMMIT")).body("overridden", equalTo(true)).body("categoryVersion", equalTo(0));
        as(c.rep()).body(body("category", "BEST_CASE", "note", "x", "version", 5))
                .put("/api/forecasts/opportunities/" + deal + "/category").then().statusCode(409);
        as(c.rep()).get("/api/forecasts/pipeline?period=2026-04").then().statusCode(200)
                .body("byCategory.find { it.name == 'COMMIT' }.count", equalTo(1));
        as(c.rep2()).body(body("category", "OMITTED", "note", "x")).put("/api/forecasts/opportunities/" + deal + "/category")
                .then().statusCode(404);
        as(other.manager()).body(body("category", "OMITTED", "note", "x"))
                .put("/api/forecasts/opportunities/" + deal + "/category").then().statusCode(404);
        as(c.rep()).body(body("category", null)).put("/api/forecasts/opportunities/" + deal + "/category")
                .then().statusCode(200).body("category", equalTo("BEST_CASE")).body("overridden", equalTo(false));
    }

    @Test
    void submissionsAndAdjustmentsRollUpFromRepsToTheTeamWithTheirHistory() {
        var c = fixtures.crew();
        as(c.rep()).body(body("period", "2026-05", "commit", 20000, "bestCase", 30000)).post("/api/forecasts/submissions")
                .then().statusCode(201);
        as(c.rep()).body(body("period", "2026-05", "commit", 22000, "bestCase", 31000, "note", "Fleet deal"))
                .post("/api/forecasts/submissions").then().statusCode(201);
        as(c.rep2()).body(body("period", "2026-05", "commit", 10000, "bestCase", 12000)).post("/api/forecasts/submissions")
                .then().statusCode(201);
        as(c.manager()).get("/api/forecasts?period=2026-05&scope=team&id=" + c.teamId()).then().statusCode(200)
                .body("lines", hasSize(2)).body("total.submitted.commit", equalTo(32000.00f))
                .body("total.submitted.bestCase", equalTo(43000.00f)).body("total.adjusted", nullValue());
        as(c.manager()).body(body("scope", "rep", "id", c.repId(), "period", "2026-05", "commit", 18000, "bestCase", 25000,
                "note", "The fleet deal slips")).post("/api/forecasts/adjustments").then().statusCode(201);
        as(c.manager()).get("/api/forecasts?period=2026-05&scope=team&id=" + c.teamId()).then().statusCode(200)
                .body("lines.find { it.id == " + c.repId() + " }.submitted.commit", equalTo(22000.00f))
                .body("lines.find { it.id == " + c.repId() + " }.adjusted.commit", equalTo(18000.00f))
                .body("total.adjusted.commit", equalTo(28000.00f));
        as(c.manager()).body(body("scope", "team", "id", c.teamId(), "period", "2026-05", "commit", 30000, "bestCase", 40000,
                "note", "Team call")).post("/api/forecasts/adjustments").then().statusCode(201);
        as(c.manager()).get("/api/forecasts?period=2026-05&scope=team&id=" + c.teamId()).then().statusCode(200)
                .body("total.adjusted.commit", equalTo(30000.00f)).body("total.submitted.commit", equalTo(32000.00f));
        as(c.rep()).get("/api/forecasts/history?period=2026-05").then().statusCode(200).body("", hasSize(3))
                .body("kind", equalTo(java.util.List.of("SUBMITTED", "SUBMITTED", "ADJUSTED")))
                .body("[2].note", equalTo("The fleet deal slips"));
        as("admin1").get("/api/forecasts?period=2026-05&scope=company").then().statusCode(200)
                .body("lines.id", hasItem((int) c.teamId()));
    }

    @Test
    void onlyTheTeamsManagerAdjustsAndRepsSeeOnlyTheirOwn() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        as(c.rep()).body(body("scope", "rep", "id", c.repId(), "period", "2026-06", "commit", 1, "bestCase", 1, "note", "x"))
                .post("/api/forecasts/adjustments").then().statusCode(403);
        as(other.manager()).body(body("scope", "team", "id", c.teamId(), "period", "2026-06", "commit", 1, "bestCase", 1,
                "note", "x")).post("/api/forecasts/adjustments").then().statusCode(404);
        as(c.manager()).body(body("scope", "team", "id", c.teamId(), "period", "2026-06", "commit", 1, "bestCase", 1))
                .post("/api/forecasts/adjustments").then().statusCode(400);
        as(c.rep()).get("/api/forecasts?period=2026-06&scope=team&id=" + c.teamId()).then().statusCode(404);
        as(c.rep2()).get("/api/forecasts?period=2026-06&scope=rep&id=" + c.repId()).then().statusCode(404);
        as(c.manager()).body(body("period", "2026-06", "commit", 1, "bestCase", 1)).post("/api/forecasts/submissions")
                .then().statusCode(403);
        given().get("/api/forecasts?period=2026-06").then().statusCode(401);
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/csv")
                .get("/api/forecasts?period=2026-06&scope=team&id=" + c.teamId()).then().statusCode(200)
                .body(containsString("period,scope,id,name,quota,submitted_commit"))
                .body(containsString("2026-06,team," + c.teamId()));
    }

    @Test
    void theStatisticalForecastAndTheAccuracyBacktestAnswerInTheirScope() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        fixtures.opportunity(c.repId(), acc, "NEGOTIATION", "12000", LocalDate.now().plusDays(10), LocalDate.now().minusDays(3));
        as(c.rep()).get("/api/forecasts/statistical?period=" + Period.monthOf(LocalDate.now()).code()).then().statusCode(200)
                .body("openDeals", equalTo(1)).body("winRates.NEGOTIATION", org.hamcrest.Matchers.notNullValue());
        as(c.rep2()).get("/api/forecasts/statistical?period=2026-01&scope=rep&id=" + c.repId()).then().statusCode(404);
        as(c.manager()).get("/api/forecasts/accuracy?months=2").then().statusCode(200).body("periods", hasSize(2));
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/csv").get("/api/forecasts/accuracy?months=1")
                .then().statusCode(200).body(containsString("level,moment,method,samples,mape,bias"));
        given().get("/api/forecasts/accuracy").then().statusCode(401);
    }
}
