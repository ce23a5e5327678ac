package io.forecourt.territory;

import io.forecourt.testing.MyDayPages;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.forecourt.territory.TerritoryApi.JOBS;
import static io.forecourt.territory.TerritoryApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * Rebalancing moves an account with open work on it: the rep's planned call and open opportunity go to
 * the new owner (hand-over) or stay with the rep (keep), the apply says which, and the rep's My day
 * neither shows a call they can no longer log nor loses an outcome they typed.
 */
@QuarkusTest
class TerritoryHandoverTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    TerritoryFixtures fixtures;

    private record Moved(String job, long account, long call, long opportunity) {
    }

    /** rep1's stray account next to rep2's home, with a call planned for later today and an open opportunity. */
    private Moved solvedWithOpenWork(String name) {
        TerritoryFixtures.Pair pair = fixtures.territories(100);
        long stray = fixtures.strayAccount(pair, name);
        String later = LocalDate.now(ZONE).atTime(23, 30).atZone(ZONE).toOffsetDateTime().toString();
        int call = as("rep1").body(Map.of("accountId", stray, "type", "CALL", "purpose", "SERVICE", "plannedAt", later))
                .post("/api/activities").then().statusCode(201).extract().path("id");
        int opportunity = as("rep1").body(Map.of("accountId", stray, "name", name + " fleet", "amount", 42000,
                        "expectedCloseDate", LocalDate.now().plusMonths(2).toString()))
                .post("/api/opportunities").then().statusCode(201).extract().path("id");
        String id = TerritoryApi.solveOnlyMoves(pair);
        as("planner1").get(JOBS + "/" + id).then().body("moves[0].account", equalTo(name));
        return new Moved(id, stray, call, opportunity);
    }

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    @Test
    void handingOverGivesTheOpenWorkToTheNewOwnerAndARefusedOutcomeComesBackAsTyped() {
        Moved m = solvedWithOpenWork("Handover Garage");
        String rep1 = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/my-day", rep1);
        assertThat(MyDayPages.all(rep1)).contains("action=\"/my-day/activities/" + m.call() + "/outcome\"");

        as("planner1").post(JOBS + "/" + m.job() + "/apply").then().statusCode(200)
                .body("openWork", equalTo("hand-over"))
                .body("handovers.kind", hasItems("activity", "opportunity"))
                .body("handovers.handedOver", everyItem(equalTo(true)))
                .body("handovers.to", everyItem(equalTo("Rita Rep")))
                .body("handovers.find { it.kind == 'activity' }.text", containsString("Planned call"));

        as("rep2").get("/api/activities/" + m.call()).then().statusCode(200).body("status", equalTo("PLANNED"));
        as("rep2").get("/api/opportunities/" + m.opportunity()).then().statusCode(200);
        as("rep1").get("/api/activities/" + m.call()).then().statusCode(404);
        assertThat(MyDayPages.all(rep1)).doesNotContain("action=\"/my-day/activities/" + m.call() + "/outcome\"");
        assertThat(MyDayPages.all(Sessions.signIn("rep2"))).contains("action=\"/my-day/activities/" + m.call() + "/outcome\"");

        // rep1 still had the page open and taps an outcome with notes: refused, nothing lost
        page(rep1).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("outcome", "REACHED_INTERESTED")
                .formParam("notes", "Wants two vans in March").formParam("followUpOn", "2030-03-01")
                .post("/my-day/activities/" + m.call() + "/outcome").then().statusCode(404)
                .body(allOf(containsString("moved to a colleague"), containsString("Wants two vans in March"),
                        containsString("2030-03-01"), containsString("reached interested"),
                        not(containsString("Account " + m.account()))));
        as("rep2").get("/api/activities/" + m.call()).then().body("status", equalTo("PLANNED"));

        page(Sessions.signIn("planner1")).get("/territories/jobs/" + m.job()).then().statusCode(200)
                .body(allOf(containsString("Open work on the moved accounts"), containsString("Planned call"),
                        containsString("handed from Rafael Rep to Rita Rep")));
    }

    @Test
    void keepingLeavesTheOpenWorkWithTheRepWhoCanStillLogIt() {
        Moved m = solvedWithOpenWork("Keeper Garage");
        as("planner1").post(JOBS + "/" + m.job() + "/apply?openWork=keep").then().statusCode(200)
                .body("openWork", equalTo("keep"))
                .body("handovers.kind", hasItems("activity", "opportunity"))
                .body("handovers.handedOver", everyItem(equalTo(false)));
        assertThat(fixtures.ownerOf(m.account())).isEqualTo(fixtures.userId("rep2"));

        as("rep1").get("/api/opportunities/" + m.opportunity()).then().statusCode(200);
        String rep1 = Sessions.signIn("rep1");
        assertThat(MyDayPages.all(rep1)).contains("action=\"/my-day/activities/" + m.call() + "/outcome\"");
        Sessions.Csrf csrf = Sessions.csrfFrom("/my-day", rep1);
        page(rep1).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("outcome", "NO_ANSWER")
                .post("/my-day/activities/" + m.call() + "/outcome").then().statusCode(303)
                .header("Location", endsWith("/my-day?logged=" + m.call()));
        as("rep1").get("/api/activities/" + m.call()).then().body("status", equalTo("DONE"))
                .body("outcome", equalTo("NO_ANSWER"));
        page(Sessions.signIn("planner1")).get("/territories/jobs/" + m.job()).then().statusCode(200)
                .body(containsString("kept by Rafael Rep"));
    }

    @Test
    void anUnknownOpenWorkRuleIsRefusedAndNothingMoves() {
        Moved m = solvedWithOpenWork("Unsure Garage");
        as("planner1").post(JOBS + "/" + m.job() + "/apply?openWork=maybe").then().statusCode(400);
        assertThat(fixtures.ownerOf(m.account())).isEqualTo(fixtures.userId("rep1"));
    }
}
