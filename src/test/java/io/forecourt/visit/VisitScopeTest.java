package io.forecourt.visit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.forecourt.visit.VisitFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class VisitScopeTest {

    @jakarta.inject.Inject
    VisitFixtures fixtures;

    private static final String JOBS = "/api/planning/visits/jobs";

    @Test
    void onlyPlannersAndAdminsStartFollowStopOrApplySolves() {
        for (String user : new String[] {"rep1", "manager1", "customer1"}) {
            as(user).body(Map.of("seconds", 1)).post(JOBS).then().statusCode(403);
            as(user).get(JOBS).then().statusCode(403);
            as(user).get(JOBS + "/any").then().statusCode(403);
            as(user).delete(JOBS + "/any").then().statusCode(403);
            as(user).post(JOBS + "/any/apply").then().statusCode(403);
        }
        given().contentType("application/json").body(Map.of("seconds", 1)).post(JOBS).then().statusCode(401);
        as("planner1").get(JOBS + "/no-such-job").then().statusCode(404).contentType("application/problem+json");
        as("admin1").get(JOBS).then().statusCode(200);
    }

    @Test
    void onlyPlannersAndAdminsPublishRequestVisitsOrRecordDaysOff() {
        for (String user : new String[] {"rep1", "manager1", "customer1"}) {
            as(user).post("/api/visits/publish").then().statusCode(403);
            as(user).body(Map.of("reason", "x")).post("/api/visits/1/publish").then().statusCode(403);
            as(user).body(Map.of("accountId", 1)).post("/api/visits/requests").then().statusCode(403);
            as(user).body(Map.of("repId", 1, "day", "2030-01-07", "reason", "ill")).post("/api/visits/days-off")
                    .then().statusCode(403);
        }
    }

    @Test
    void repsReadOnlyTheirOwnItinerariesAndCustomersNone() {
        LocalDate monday = VisitFixtures.monday(3);
        fixtures.requestVisits(monday, 20);
        String job = VisitFixtures.solve(monday, 3);
        as("planner1").post(JOBS + "/" + job + "/apply").then().statusCode(200);
        as("rep1").queryParam("from", monday.toString()).get("/api/visits/itineraries").then().statusCode(200)
                .body("itineraries.rep", everyItem(equalTo("Rafael Rep"))).body("unplanned", hasSize(0));
        as("rep2").queryParam("from", monday.toString()).get("/api/visits/itineraries").then().statusCode(200)
                .body("itineraries.rep", everyItem(equalTo("Rita Rep")));
        as("manager1").queryParam("from", monday.toString()).get("/api/visits/itineraries").then().statusCode(200)
                .body("itineraries.rep.unique()", hasSize(2));
        as("customer1").get("/api/visits/itineraries").then().statusCode(403);
        given().get("/api/visits/itineraries").then().statusCode(401);

        int rep2sVisit = as("rep2").queryParam("from", monday.toString()).get("/api/visits/itineraries")
                .then().extract().path("itineraries.stops.flatten()[0].visitId");
        as("rep1").get("/api/visits/" + rep2sVisit).then().statusCode(404).contentType("application/problem+json");
        as("rep1").body(Map.of("status", "CONFIRMED", "version", 0)).post("/api/visits/" + rep2sVisit + "/status")
                .then().statusCode(404);
        as("rep2").get("/api/visits/" + rep2sVisit).then().statusCode(200).body("status", equalTo("PLANNED"));
    }

    @Test
    void malformedRequestsAreBadRequests() {
        as("planner1").body(Map.of("from", "2030-01-10", "to", "2030-01-01")).post(JOBS).then().statusCode(400)
                .contentType("application/problem+json");
        as("planner1").body(Map.of("seconds", 100000)).post(JOBS).then().statusCode(400);
        as("planner1").body("{not json").post(JOBS).then().statusCode(400);
        as("planner1").body(Map.of("durationMinutes", 30)).post("/api/visits/requests").then().statusCode(400);
    }
}
