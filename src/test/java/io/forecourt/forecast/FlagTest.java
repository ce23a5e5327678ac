package io.forecourt.forecast;

import io.forecourt.forecast.flag.FlagService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.forecourt.forecast.Api.as;
import static io.forecourt.forecast.Api.body;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FlagTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20); // June 2025: 15 of 21 selling days gone

    @Inject
    ForecastFixtures fixtures;

    @org.junit.jupiter.api.AfterEach
    void retireTheCrews() {
        fixtures.retire();
    }

    @Inject
    FlagService flags;

    @Inject
    EntityManager em;

    private void revenueQuota(ForecastFixtures.Crew c, int target) {
        as(c.manager()).body(body("scope", "rep", "subjectId", c.repId(), "period", "2025-06", "metric", "REVENUE",
                "target", target)).post("/api/quotas").then().statusCode(201);
    }

    private void evaluate(ForecastFixtures.Crew c) {
        as(c.manager()).post("/api/flags/evaluate?asOf=" + AS_OF).then().statusCode(200).body("reps", equalTo(2));
    }

    @Test
    void revenueBelowPartOfProRataRaisesAFlagWithItsNumbersAndCatchingUpClearsIt() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        revenueQuota(c, 10000);
        fixtures.order(c.repId(), acc, "1000", 1, LocalDate.of(2025, 6, 3), false);
        evaluate(c);
        evaluate(c);
        as(c.manager()).get("/api/flags?rep=" + c.repId()).then().statusCode(200).body("", hasSize(1))
                .body("[0].rule", equalTo("attainment-below-pro-rata")).body("[0].subjectKey", equalTo("2025-06"))
                .body("[0].evidence.actual", equalTo(1000.0f)).body("[0].evidence.proRata", equalTo(7142.86f))
                .body("[0].evidence.threshold", equalTo(0.8f)).body("[0].message", containsString("below 80 %"));
        fixtures.order(c.repId(), acc, "5000", 1, LocalDate.of(2025, 6, 16), false);
        evaluate(c);
        as(c.manager()).get("/api/flags?rep=" + c.repId()).then().statusCode(200).body("", hasSize(0));
        as(c.manager()).get("/api/flags?status=cleared&rep=" + c.repId()).then().statusCode(200).body("", hasSize(1))
                .body("[0].clearedAt", notNullValue());
    }

    @Test
    void overdueFollowUpsQuietDealsAndCommitsPastTheirCloseDateAreFlagged() {
        var c = fixtures.crew();
        long acc = fixtures.account(c.repId(), null);
        for (int i = 0; i < 6; i++) {
            fixtures.followUp(c.repId(), acc, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1 + i));
        }
        long quiet = fixtures.opportunity(c.repId(), fixtures.account(c.repId(), null), "QUALIFICATION", "9000",
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 5, 1));
        long committed = fixtures.opportunity(c.repId(), acc, "NEGOTIATION", "30000", LocalDate.of(2025, 6, 10),
                LocalDate.of(2025, 6, 5));
        evaluate(c);
        as(c.rep()).get("/api/flags").then().statusCode(200).body("", hasSize(3))
                .body("find { it.rule == 'overdue-follow-ups' }.evidence.activities", hasSize(6))
                .body("find { it.rule == 'quiet-opportunity' }.subjectKey", equalTo("opportunity:" + quiet))
                .body("find { it.rule == 'quiet-opportunity' }.evidence.days", equalTo(50))
                .body("find { it.rule == 'commit-past-close' }.evidence.opportunity", equalTo((int) committed));
    }

    @Test
    void twoReEvaluationsAtOnceNeverDuplicateAFlag() throws Exception {
        var c = fixtures.crew();
        revenueQuota(c, 50000);
        fixtures.opportunity(c.repId(), fixtures.account(c.repId(), null), "PROSPECTING", "1000",
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 4, 1));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<int[]>> runs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return flags.evaluateRep(c.repId(), AS_OF);
            }));
        }
        go.countDown();
        for (Future<int[]> f : runs) {
            assertThat(f.get()[0]).isEqualTo(2);
        }
        pool.shutdown();
        Number open = (Number) em.createNativeQuery("select count(*) from flags where rep_id = ?1 and cleared_at is null")
                .setParameter(1, c.repId()).getSingleResult();
        Number all = (Number) em.createNativeQuery("select count(*) from flags where rep_id = ?1")
                .setParameter(1, c.repId()).getSingleResult();
        assertThat(open.intValue()).isEqualTo(2);
        assertThat(all.intValue()).as("no flag raised and cleared in between").isEqualTo(2);
    }

    @Test
    void eachSeesTheirOwnFlagsOnlyAndOnlyManagersReEvaluate() {
        var c = fixtures.crew();
        var other = fixtures.crew();
        revenueQuota(c, 10000);
        evaluate(c);
        int id = as(c.manager()).get("/api/flags?rep=" + c.repId()).then().statusCode(200).extract().path("[0].id");
        as(c.rep()).get("/api/flags/" + id).then().statusCode(200);
        as(c.rep2()).get("/api/flags/" + id).then().statusCode(404);
        as(c.rep2()).get("/api/flags").then().statusCode(200).body("id", not(hasItem(id)));
        as(other.manager()).get("/api/flags?rep=" + c.repId()).then().statusCode(404);
        as(other.manager()).get("/api/flags").then().statusCode(200).body("id", not(hasItem(id)));
        as("admin1").get("/api/flags/" + id).then().statusCode(200);
        as(c.rep()).post("/api/flags/evaluate").then().statusCode(403);
        given().get("/api/flags").then().statusCode(401);
        given().auth().preemptive().basic(c.manager(), "demo").accept("text/csv").get("/api/flags")
                .then().statusCode(200).body(containsString("attainment-below-pro-rata"));
    }
}
