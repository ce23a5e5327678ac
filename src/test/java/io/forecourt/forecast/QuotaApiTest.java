package io.forecourt.forecast;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.forecourt.forecast.Api.as;
import static io.forecourt.forecast.Api.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QuotaApiTest {

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    private int setRevenue(ForecastFixtures.Crew c, String as, long repId, String period, int target) {
        return as(as).body(body("scope", "rep", "subjectId", repId, "period", period, "metric", "REVENUE",
                "target", target, "reason", "Plan")).post("/api/quotas").then().statusCode(201).extract().path("id");
    }

    @Test
    void aManagerSetsTheirRepsQuotaWhichTheRepReadsButCannotChange() {
        var c = fixtures.crew();
        int id = setRevenue(c, c.manager(), c.repId(), "2026-01", 50000);
        as(c.rep()).get("/api/quotas?period=2026-01").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == " + id + " }.target", equalTo(50000.00f));
        as(c.rep()).get("/api/quotas/" + id).then().statusCode(200).body("subject", containsString("Ann"));
        as(c.rep()).body(body("target", 1, "version", 0)).put("/api/quotas/" + id).then().statusCode(403);
        as(c.rep()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2026-02", "metric", "REVENUE",
                "target", 1)).post("/api/quotas").then().statusCode(403);
    }

    @Test
    void anotherRepAndAnotherTeamsManagerDoNotSeeItAndAnAdminChangesIt() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        int id = setRevenue(c, c.manager(), c.repId(), "2026-01", 40000);
        as(c.rep2()).get("/api/quotas/" + id).then().statusCode(404);
        as(c.rep2()).get("/api/quotas?period=2026-01").then().statusCode(200).body("id", not(hasItem(id)));
        as(other.manager()).get("/api/quotas/" + id).then().statusCode(404);
        as(other.manager()).get("/api/quotas?period=2026-01").then().statusCode(200).body("id", not(hasItem(id)));
        as(other.manager()).body(body("target", 1, "version", 0)).put("/api/quotas/" + id).then().statusCode(404);
        as(other.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2026-03", "metric", "UNITS",
                "target", 3)).post("/api/quotas").then().statusCode(404);
        as("admin1").body(body("target", 45000, "version", 0, "reason", "Board")).put("/api/quotas/" + id)
                .then().statusCode(200).body("target", equalTo(45000.00f)).body("version", equalTo(1));
        given().accept("application/json").get("/api/quotas").then().statusCode(401);
        as("customer1").get("/api/quotas").then().statusCode(403);
    }

    @Test
    void aStaleChangeIsRefusedAndEveryChangeIsOnRecord() {
        var c = fixtures.crew();
        int id = setRevenue(c, c.manager(), c.repId(), "2026-04", 30000);
        as(c.manager()).body(body("target", 32000, "version", 0, "reason", "New dealer")).put("/api/quotas/" + id)
                .then().statusCode(200);
        as(c.manager()).body(body("target", 99000, "version", 0)).put("/api/quotas/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(1));
        as(c.rep()).get("/api/quotas/" + id + "/history").then().statusCode(200).body("", hasSize(2))
                .body("[0].from", nullValue()).body("[0].to", equalTo(30000.00f))
                .body("[1].from", equalTo(30000.00f)).body("[1].to", equalTo(32000.00f))
                .body("[1].reason", equalTo("New dealer")).body("[1].by", containsString("Manager"));
    }

    @Test
    void aSecondQuotaForTheSameTargetIsAConflictAndMalformedInputIsRefused() {
        var c = fixtures.crew();
        setRevenue(c, c.manager(), c.repId(), "2026-05", 1000);
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2026-05", "metric", "REVENUE",
                "target", 2)).post("/api/quotas").then().statusCode(409);
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2026-13", "metric", "REVENUE",
                "target", 2)).post("/api/quotas").then().statusCode(400);
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2026-06", "metric", "REVENUE",
                "target", -5)).post("/api/quotas").then().statusCode(400).body("errors[0].field", equalTo("target"));
        as(c.manager()).body("{\"scope\":\"rep\",\"subjectId\":\"x\"}").post("/api/quotas").then().statusCode(400);
        as(c.manager()).get("/api/quotas?period=soon").then().statusCode(400);
    }

    @Test
    void aTeamQuotaSplitsEvenlyAndThePreviewSavesNothing() {
        var c = fixtures.crew();
        as(c.manager()).body(body("teamId", c.teamId(), "period", "2026-07", "metric", "REVENUE", "target", 100000.01,
                "method", "EVEN")).post("/api/quotas/allocation/preview").then().statusCode(200)
                .body("saved", equalTo(false)).body("shares", hasSize(2))
                .body("shares.target", contains(50000.01f, 50000.00f));
        as(c.manager()).get("/api/quotas?period=2026-07").then().statusCode(200).body("", hasSize(0));
        as(c.manager()).body(body("teamId", c.teamId(), "period", "2026-07", "metric", "REVENUE", "target", 100000,
                "method", "EVEN")).post("/api/quotas/allocation").then().statusCode(200).body("saved", equalTo(true));
        as(c.manager()).get("/api/quotas?period=2026-07").then().statusCode(200).body("", hasSize(3))
                .body("findAll { it.scope == 'rep' }.target", contains(50000.00f, 50000.00f))
                .body("find { it.scope == 'team' }.target", equalTo(100000.00f));
        as(c.rep()).body(body("teamId", c.teamId(), "period", "2026-07", "metric", "REVENUE", "target", 1,
                "method", "EVEN")).post("/api/quotas/allocation/preview").then().statusCode(403);
    }

    @Test
    void aTeamQuotaSplitsByTerritoryPotentialOrByLastPeriodsShare() {
        var c = fixtures.crew();
        long ta = fixtures.territory(c.repId(), c.teamId());
        long tb = fixtures.territory(c.rep2Id(), c.teamId());
        fixtures.potential(fixtures.account(c.repId(), ta), "300000");
        fixtures.potential(fixtures.account(c.rep2Id(), tb), "100000");
        as(c.manager()).body(body("teamId", c.teamId(), "period", "2026-08", "metric", "REVENUE", "target", 80000,
                "method", "POTENTIAL")).post("/api/quotas/allocation/preview").then().statusCode(200)
                .body("shares.find { it.repId == " + c.repId() + " }.target", equalTo(60000.00f))
                .body("shares.find { it.repId == " + c.rep2Id() + " }.target", equalTo(20000.00f));
        long acc = fixtures.account(c.repId(), null);
        fixtures.order(c.repId(), acc, "9000", 1, java.time.LocalDate.of(2026, 8, 3), false);
        fixtures.order(c.rep2Id(), fixtures.account(c.rep2Id(), null), "1000", 1, java.time.LocalDate.of(2026, 8, 31), false);
        fixtures.order(c.rep2Id(), acc, "50000", 1, java.time.LocalDate.of(2026, 8, 10), true); // cancelled: no share
        as(c.manager()).body(body("teamId", c.teamId(), "period", "2026-09", "metric", "REVENUE", "target", 50000,
                "method", "LAST_PERIOD")).post("/api/quotas/allocation/preview").then().statusCode(200)
                .body("shares.find { it.repId == " + c.repId() + " }.target", equalTo(45000.00f))
                .body("shares.find { it.repId == " + c.rep2Id() + " }.basis", equalTo(1000.00f));
        as(c.manager()).body(body("teamId", c.teamId(), "period", "2026-10", "metric", "REVENUE",
                "method", "EVEN")).post("/api/quotas/allocation/preview").then().statusCode(422)
                .body("violations[0].rule", equalTo("team-quota-required"));
    }

    @Test
    void quotasExportAsCsv() {
        var c = fixtures.crew();
        setRevenue(c, c.manager(), c.repId(), "2026-11", 7000);
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/csv").get("/api/quotas?period=2026-11")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("id,scope,subject_id,subject,period,metric,target,version"))
                .body(containsString(",rep," + c.repId() + ",Ann "));
    }
}
