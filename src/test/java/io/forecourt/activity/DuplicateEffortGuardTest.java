package io.forecourt.activity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class DuplicateEffortGuardTest {

    private static final String NEXT_WEEK = OffsetDateTime.now().plusDays(7).withNano(0).toString();

    @Inject
    ActivityFixtures fixtures;

    @Test
    void aColleaguesPlannedDemoStopsTheSecondRepAndNamesIt() {
        long account = fixtures.sharedAccount("Guard Motors");
        int first = Api.plan(account, "VISIT", "DEMO", NEXT_WEEK).post("rep1")
                .then().statusCode(201).body("owner", equalTo("Rafael Rep")).body("department", equalTo("SALES"))
                .extract().path("id");
        Api.plan(account, "CALL", "DEMO", NEXT_WEEK).with("department", "SERVICE").post("rep2")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Duplicate effort"))
                .body("detail", containsString("Rafael Rep has planned a visit for DEMO"))
                .body("existing.id", equalTo(first)).body("existing.owner", equalTo("Rafael Rep"))
                .body("existing.purpose", equalTo("DEMO")).body("existing.type", equalTo("VISIT"))
                .body("existing.status", equalTo("PLANNED")).body("existing.when", notNullValue());
    }

    @Test
    void anOverrideWithAReasonGoesThroughAndIsRecorded() {
        long account = fixtures.sharedAccount("Override Cars");
        int first = Api.plan(account, "VISIT", "DEMO", NEXT_WEEK).post("rep1").then().statusCode(201)
                .extract().path("id");
        int second = Api.plan(account, "CALL", "DEMO", NEXT_WEEK).override("Customer asked for me by name")
                .post("rep2").then().statusCode(201)
                .body("override.reason", equalTo("Customer asked for me by name"))
                .body("override.by", equalTo("Rita Rep")).body("override.activityId", equalTo(first))
                .extract().path("id");
        Api.as("rep2").get("/api/activities/" + second).then().statusCode(200)
                .body("override.reason", equalTo("Customer asked for me by name"));
    }

    @Test
    void aDifferentPurposeOrTheSameRepIsNoDuplicate() {
        long account = fixtures.sharedAccount("Purpose Garage");
        Api.plan(account, "VISIT", "DEMO", NEXT_WEEK).post("rep1").then().statusCode(201);
        Api.plan(account, "CALL", "QUOTE_FOLLOW_UP", NEXT_WEEK).post("rep2").then().statusCode(201);
        Api.plan(account, "CALL", "DEMO", NEXT_WEEK).post("rep1").then().statusCode(201);
    }

    @Test
    void aContactDoneTenDaysAgoBlocksButOneDoneTwentyDaysAgoDoesNot() {
        long recent = fixtures.sharedAccount("Recent Autos");
        long older = fixtures.sharedAccount("Older Autos");
        long done = fixtures.done(recent, "rep1", Activity.Type.CALL, "SERVICE", OffsetDateTime.now().minusDays(10),
                Activity.Outcome.REACHED_INTERESTED, null);
        fixtures.done(older, "rep1", Activity.Type.CALL, "SERVICE", OffsetDateTime.now().minusDays(20),
                Activity.Outcome.REACHED_INTERESTED, null);
        String now = OffsetDateTime.now().minusMinutes(1).withNano(0).toString();
        Api.log(recent, "CALL", "SERVICE", now).post("rep2").then().statusCode(409)
                .body("existing.id", equalTo((int) done)).body("existing.status", equalTo("DONE"))
                .body("detail", containsString("already made"));
        Api.log(older, "CALL", "SERVICE", now).post("rep2").then().statusCode(201).body("status", equalTo("DONE"));
    }

    @Test
    void changingAPlanIntoAColleaguesPurposeIsGuardedAndAnOverrideHoldsForLaterEdits() {
        long account = fixtures.sharedAccount("Edit Motors");
        Api.plan(account, "VISIT", "DEMO", NEXT_WEEK).post("rep1").then().statusCode(201);
        int id = Api.plan(account, "CALL", "SERVICE", NEXT_WEEK).post("rep2").then().statusCode(201)
                .extract().path("id");
        String path = "/api/activities/" + id;
        Api.as("rep2").body(Api.plan(account, "CALL", "DEMO", NEXT_WEEK).with("version", 0).fields).put(path)
                .then().statusCode(409).body("existing.owner", equalTo("Rafael Rep"));
        Api.as("rep2").body(Api.plan(account, "CALL", "DEMO", NEXT_WEEK).with("version", 0)
                .override("Follow-up demo for the fleet manager").fields).put(path).then().statusCode(200)
                .body("override.by", equalTo("Rita Rep"));
        Api.as("rep2").body(Api.plan(account, "CALL", "DEMO", NEXT_WEEK).with("version", 1)
                .with("notes", "bring the price list").fields).put(path).then().statusCode(200)
                .body("notes", equalTo("bring the price list"));
    }

    @Test
    void aManagerIsStoppedByTheirRepsPlanToo() {
        long account = fixtures.sharedAccount("Team Trucks");
        Api.plan(account, "MEETING", "FIRST_CONTACT", NEXT_WEEK).post("rep2").then().statusCode(201);
        Api.plan(account, "CALL", "FIRST_CONTACT", NEXT_WEEK).post("manager1").then().statusCode(409)
                .body("existing.owner", equalTo("Rita Rep"));
    }

    @Test
    void twoRepsPlanningTheSameThingAtOnceCannotBothGetThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long account = fixtures.sharedAccount("Race Motors " + round);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String rep : List.of("rep1", "rep2")) {
                    answers.add(pool.submit(() -> {
                        Api.Body body = Api.plan(account, "VISIT", "DEMO", NEXT_WEEK);
                        start.await(10, TimeUnit.SECONDS);
                        Response r = body.post(rep);
                        return r.statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
                Api.as("admin1").get("/api/activities?account=" + account).then().statusCode(200)
                        .body("size()", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
