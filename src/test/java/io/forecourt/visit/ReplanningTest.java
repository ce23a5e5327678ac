package io.forecourt.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.forecourt.visit.VisitFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReplanningTest {

    @jakarta.inject.Inject
    VisitFixtures fixtures;

    @Test
    void whenARepFallsIllReplanningKeepsConfirmedVisitsAndEmptiesTheSickDay() {
        LocalDate monday = VisitFixtures.monday(1);
        fixtures.requestVisits(monday, 60);
        String first = VisitFixtures.solve(monday, 4);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(200);
        JsonPath saved = itineraries(monday, "planner1");
        List<Map<String, Object>> busy = saved.getList("itineraries").stream().map(d -> (Map<String, Object>) d)
                .filter(d -> "Rafael Rep".equals(d.get("rep")) && !stops(d).isEmpty()).toList();
        assertThat(busy).as("rep1 works on two days or more").hasSizeGreaterThanOrEqualTo(2);
        LocalDate confirmedDay = LocalDate.parse((String) busy.get(0).get("day"));
        LocalDate sickDay = LocalDate.parse((String) busy.get(1).get("day"));
        long repId = ((Number) busy.get(0).get("repId")).longValue();
        Map<String, Object> stop = stops(busy.get(0)).get(0);
        int visitId = (Integer) stop.get("visitId");
        List<Integer> sickDayVisits = stops(busy.get(1)).stream().map(s -> (Integer) s.get("visitId")).toList();

        int version = as("rep1").get("/api/visits/" + visitId).then().statusCode(200).extract().path("version");
        as("rep1").body(Map.of("status", "CONFIRMED", "version", version)).post("/api/visits/" + visitId + "/status")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as("rep1").body(Map.of("status", "STARTED", "version", version)).post("/api/visits/" + visitId + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        as("planner1").body(Map.of("repId", repId, "day", sickDay.toString(), "reason", "Flu"))
                .post("/api/visits/days-off").then().statusCode(201);

        String replan = VisitFixtures.solve(monday, 4);
        JsonPath draft = VisitFixtures.job(replan).then().statusCode(200).body("job.feasible", equalTo(true))
                .extract().jsonPath();
        Map<String, Object> keptDay = day(draft.getList("plan.itineraries"), "Rafael Rep", confirmedDay);
        Map<String, Object> kept = stops(keptDay).stream().filter(s -> Integer.valueOf(visitId).equals(s.get("visitId")))
                .findFirst().orElseThrow(() -> new AssertionError("the confirmed visit left its day: " + VisitFixtures.job(replan).asString()));
        assertThat(kept.get("pinned")).isEqualTo(true);
        assertThat(kept.get("status")).isEqualTo("CONFIRMED");
        List<Map<String, Object>> onSickDay = draft.getList("plan.itineraries").stream().map(d -> (Map<String, Object>) d)
                .filter(d -> "Rafael Rep".equals(d.get("rep")) && sickDay.toString().equals(d.get("day")))
                .toList();
        assertThat(onSickDay.stream().flatMap(d -> stops(d).stream())).as("no visit on the sick day").isEmpty();
        List<Map<String, Object>> changes = draft.getList("plan.changes");
        assertThat(changes).extracting(c -> c.get("visitId")).containsAll(sickDayVisits);
        assertThat(changes).filteredOn(c -> sickDayVisits.contains(c.get("visitId")))
                .extracting(c -> (String) c.get("kind")).allMatch(k -> k.equals("MOVED") || k.equals("DROPPED"));
        assertThat(changes).extracting(c -> c.get("visitId")).doesNotContain(visitId);

        as("planner1").post("/api/planning/visits/jobs/" + replan + "/apply").then().statusCode(200);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(409);
        as("rep1").get("/api/visits/" + visitId).then().body("status", equalTo("CONFIRMED"))
                .body("plannedDay", equalTo(confirmedDay.toString()));
    }

    @Test
    void smallChangesOnlyKeepsEveryPlannedVisitOnItsDayAndPlansTheUrgentOneAround() {
        LocalDate monday = VisitFixtures.monday(8);
        fixtures.requestVisits(monday, 30);
        String first = VisitFixtures.solve(monday, 3);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(200);
        JsonPath saved = as("planner1").queryParam("from", monday.toString()).get("/api/visits/itineraries")
                .then().extract().jsonPath();
        long urgentAccount = saved.getLong("itineraries.stops.flatten()[0].accountId");
        int cancelled = saved.getInt("itineraries.stops.flatten()[0].visitId");
        // the customer cancels the routine visit and reports a breakdown instead: the day has room again
        int version = as("planner1").get("/api/visits/" + cancelled).then().extract().path("version");
        as("planner1").body(Map.of("status", "CANCELLED", "version", version)).post("/api/visits/" + cancelled + "/status")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        int urgent = as("planner1").body(Map.of("accountId", urgentAccount, "durationMinutes", 30, "priority", 10,
                        "from", monday.toString(), "to", monday.plusDays(4).toString(), "notes", "Breakdown"))
                .post("/api/visits/requests").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .extract().path("id");

        String id = as("planner1").body(Map.of("from", monday.toString(), "seconds", 3, "keepPlanned", true))
                .post("/api/planning/visits/jobs").then().statusCode(201).extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .until(() -> !"SOLVING".equals(VisitFixtures.job(id).path("job.status")));
        JsonPath draft = VisitFixtures.job(id).then().body("job.feasible", equalTo(true)).extract().jsonPath();
        List<Map<String, Object>> changes = draft.getList("plan.changes");
        assertThat(changes).extracting(c -> (String) c.get("kind")).containsOnly("NEW");
        assertThat(changes).extracting(c -> c.get("visitId")).contains(urgent);
    }

    private static JsonPath itineraries(LocalDate monday, String user) {
        return as(user).queryParam("from", monday.toString()).queryParam("to", monday.plusDays(4).toString())
                .get("/api/visits/itineraries").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> day(List<?> itineraries, String rep, LocalDate day) {
        return itineraries.stream().map(d -> (Map<String, Object>) d)
                .filter(d -> rep.equals(d.get("rep")) && day.toString().equals(d.get("day"))).findFirst()
                .orElseThrow(() -> new AssertionError("no itinerary of " + rep + " on " + day));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stops(Map<String, Object> day) {
        return (List<Map<String, Object>>) day.get("stops");
    }
}
