package io.forecourt.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.forecourt.visit.VisitFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class VisitPlanningTest {

    @jakarta.inject.Inject
    VisitFixtures fixtures;

    @Test
    void plannerSolvesNextWeekOnDemoDataUntilFeasibleAndAppliesIt() {
        LocalDate monday = VisitFixtures.monday(0);
        fixtures.requestVisits(monday, 10);
        String id = VisitFixtures.solve(monday, 5);
        JsonPath job = VisitFixtures.job(id).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("job.status")).isEqualTo("FINISHED");
        assertThat(job.getBoolean("job.feasible")).as("score " + job.getString("job.bestScore")).isTrue();
        assertThat(job.getList("breakdown.constraints.name")).contains("Least travel time");
        List<Map<String, Object>> itineraries = job.getList("plan.itineraries");
        assertThat(itineraries).isNotEmpty();
        assertThat(job.getList("plan.itineraries.rep", String.class)).contains("Rafael Rep", "Rita Rep");
        for (Map<String, Object> day : itineraries) {
            List<Map<String, Object>> stops = (List<Map<String, Object>>) day.get("stops");
            assertThat(stops.size()).isLessThanOrEqualTo(6);
            OffsetDateTime previousEnd = OffsetDateTime.parse((String) day.get("leaves"));
            for (Map<String, Object> stop : stops) {
                OffsetDateTime arrival = OffsetDateTime.parse((String) stop.get("arrival"));
                OffsetDateTime start = OffsetDateTime.parse((String) stop.get("start"));
                OffsetDateTime end = OffsetDateTime.parse((String) stop.get("end"));
                assertThat(arrival).isAfterOrEqualTo(previousEnd);
                assertThat(start).isAfterOrEqualTo(arrival);
                // a visit lies within one of the account's opening periods that day (demo customers: 09:00–12:00
                // and 14:00–18:30; accounts other tests made have none recorded: the default 09:00–18:00)
                java.time.ZonedDateTime local = start.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"));
                int from = local.toLocalTime().toSecondOfDay();
                int to = end.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).toLocalTime().toSecondOfDay();
                List<Map<String, Object>> periods = as("planner1")
                        .get("/api/visits/setup/accounts/" + stop.get("accountId") + "/opening-hours")
                        .then().statusCode(200).extract().jsonPath().getList("periods");
                boolean inside = periods.isEmpty() ? from >= 9 * 3600 && to <= 18 * 3600
                        : periods.stream().anyMatch(p -> ((Number) p.get("weekday")).intValue() == local.getDayOfWeek().getValue()
                                && from >= java.time.LocalTime.parse((String) p.get("from")).toSecondOfDay()
                                && to <= java.time.LocalTime.parse((String) p.get("to")).toSecondOfDay());
                assertThat(inside).as("visit " + stop.get("account") + " from " + start + " to " + end + " in " + periods)
                        .isTrue();
                previousEnd = end;
            }
            assertThat(OffsetDateTime.parse((String) day.get("back"))).isAfterOrEqualTo(previousEnd);
        }

        int planned = job.getInt("plan.itineraries.stops.flatten().size()");
        as("planner1").post("/api/planning/visits/jobs/" + id + "/apply").then().statusCode(200)
                .body("planned", equalTo(planned));
        as("planner1").post("/api/planning/visits/jobs/" + id + "/apply").then().statusCode(409)
                .contentType("application/problem+json");

        JsonPath saved = as("planner1").queryParam("from", monday.toString()).queryParam("to", monday.plusDays(4).toString())
                .get("/api/visits/itineraries").then().statusCode(200).body("kind", equalTo("saved"))
                .extract().jsonPath();
        assertThat(saved.getInt("itineraries.stops.flatten().size()")).isEqualTo(planned);
        assertThat(saved.getList("itineraries.stops.flatten().status", String.class)).containsOnly("PLANNED");
    }

    @Test
    void aJobCanBeStoppedAndKeepsItsBestPlanSoFar() {
        LocalDate monday = VisitFixtures.monday(5);
        fixtures.requestVisits(monday, 30);
        String id = as("planner1").body(Map.of("from", monday.toString(), "seconds", 120))
                .post("/api/planning/visits/jobs").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/planning/visits/jobs/"))
                .extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> VisitFixtures.job(id).path("job.bestScore") != null);
        as("planner1").delete("/api/planning/visits/jobs/" + id).then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "STOPPED".equals(VisitFixtures.job(id).path("job.status")));
        VisitFixtures.job(id).then().body("plan.itineraries", notNullValue())
                .body("job.elapsedMillis", org.hamcrest.Matchers.lessThan(120_000));
    }
}
