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
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CorrectiveActionTest {

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    /** A flagged rep: revenue 1000 against 10000 in June 2025, and 8000 in July. Answers the flag's id. */
    private int flagged(ForecastFixtures.Crew c) {
        long acc = fixtures.account(c.repId(), null);
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2025-06", "metric", "REVENUE",
                "target", 10000)).post("/api/quotas").then().statusCode(201);
        fixtures.order(c.repId(), acc, "1000", 1, LocalDate.of(2025, 6, 3), false);
        fixtures.order(c.repId(), acc, "8000", 2, LocalDate.of(2025, 7, 9), false);
        as(c.manager()).post("/api/flags/evaluate?asOf=2025-06-20").then().statusCode(200);
        return as(c.manager()).get("/api/flags?rep=" + c.repId()).then().extract().path("[0].id");
    }

    @Test
    void aManagerCoachesOnAFlagAndSeesTheMetricThenAndAtTheNextPeriodsEnd() {
        var c = fixtures.crew();
        int flag = flagged(c);
        as(c.manager()).body(body("flagId", flag, "kind", "COACHING", "dueOn", "2025-06-27", "period", "2025-06"))
                .post("/api/corrective-actions").then().statusCode(422).body("violations[0].field", equalTo("note"));
        int id = as(c.manager()).body(body("flagId", flag, "kind", "COACHING", "dueOn", "2025-06-27", "period", "2025-06",
                        "followUpOn", "2025-06-25", "note", "Ride along on two dealer visits"))
                .post("/api/corrective-actions").then().statusCode(201)
                .body("repId", equalTo((int) c.repId())).body("metric", equalTo("REVENUE"))
                .body("metricAtAction", equalTo(1000.00f)).body("nextPeriod", equalTo("2025-07"))
                .body("metricAtNextPeriodEnd", equalTo(8000.00f)).body("status", equalTo("OPEN"))
                .body("overdue", equalTo(true)).extract().path("id");
        as(c.manager()).body(body("status", "DONE", "version", 3)).post("/api/corrective-actions/" + id + "/close")
                .then().statusCode(409);
        as(c.manager()).body(body("status", "DONE", "version", 0, "note", "Two visits done"))
                .post("/api/corrective-actions/" + id + "/close").then().statusCode(200).body("status", equalTo("DONE"))
                .body("overdue", equalTo(false));
        as(c.manager()).body(body("status", "CANCELLED", "version", 1)).post("/api/corrective-actions/" + id + "/close")
                .then().statusCode(409);
        as(c.rep()).get("/api/corrective-actions").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void adjustingTheQuotaChangesItWithTheActionAsItsReason() {
        var c = fixtures.crew();
        int flag = flagged(c);
        as(c.manager()).body(body("flagId", flag, "kind", "ADJUST_QUOTA", "dueOn", "2025-06-30", "period", "2025-06",
                "target", 6000, "note", "Dealer closed for works")).post("/api/corrective-actions").then().statusCode(201)
                .body("link", containsString("/api/quotas"));
        as(c.rep()).get("/api/quotas?period=2025-06").then().statusCode(200).body("[0].target", equalTo(6000.00f));
        int quota = as(c.rep()).get("/api/quotas?period=2025-06").then().extract().path("[0].id");
        as(c.rep()).get("/api/quotas/" + quota + "/history").then().body("", hasSize(2))
                .body("[1].reason", equalTo("Corrective action: Dealer closed for works"));
    }

    @Test
    void reassigningNeedsATerritoryAndOnlyTheTeamsManagerActs() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        int flag = flagged(c);
        as(c.manager()).body(body("flagId", flag, "kind", "REASSIGN_ACCOUNTS", "dueOn", "2025-06-30"))
                .post("/api/corrective-actions").then().statusCode(422)
                .body("violations[0].rule", equalTo("rep-without-territory"));
        as(c.rep()).body(body("flagId", flag, "kind", "COACHING", "dueOn", "2025-06-30", "note", "x",
                "followUpOn", "2025-06-29")).post("/api/corrective-actions").then().statusCode(403);
        as(other.manager()).body(body("flagId", flag, "kind", "COACHING", "dueOn", "2025-06-30", "note", "x",
                "followUpOn", "2025-06-29")).post("/api/corrective-actions").then().statusCode(404);
        as(c.manager()).body(body("repId", c.repId(), "kind", "COACHING", "dueOn", "2025-06-30", "note", "x",
                "followUpOn", "2025-06-29", "ownerId", other.managerId())).post("/api/corrective-actions")
                .then().statusCode(422).body("violations[0].field", equalTo("ownerId"));
        int id = as(c.manager()).body(body("repId", c.repId(), "kind", "COACHING", "dueOn", "2025-06-30", "note", "x",
                "followUpOn", "2025-06-29", "ownerId", c.repId())).post("/api/corrective-actions")
                .then().statusCode(201).extract().path("id");
        as(c.rep2()).get("/api/corrective-actions/" + id).then().statusCode(404);
        as(other.manager()).get("/api/corrective-actions").then().statusCode(200).body("id", not(hasItem(id)));
        as("admin1").get("/api/corrective-actions/" + id).then().statusCode(200);
        as(c.manager()).body(body("kind", "COACHING", "dueOn", "2025-06-30")).post("/api/corrective-actions")
                .then().statusCode(400);
        given().get("/api/corrective-actions").then().statusCode(401);
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/csv").get("/api/corrective-actions")
                .then().statusCode(200).body(containsString("id,rep,kind,owner,due_on"));
    }
}
