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

    @Test
    void whenARepFallsIllReplanningKeepsConfirmedVisitsAndEmptiesTheSickDay() {
        LocalDate monday = VisitFixtures.monday(1);
        String first = VisitFixtures.solve(monday, 4);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(200);
        JsonPath saved = itineraries(monday, "planner1");
        Map<String, Object> tuesday = day(saved, "Rafael Rep", monday.plusDays(1));
        Map<String, Object> wednesday = day(saved, "Rafael Rep", monday.plusDays(2));
        long repId = ((Number) tuesday.get("repId")).longValue();
        Map<String, Object> stop = stops(tuesday).get(0);
        int visitId = (Integer) stop.get("visitId");
        List<String> wednesdayAccounts = stops(wednesday).stream().map(s -> (String) s.get("account")).toList();
        assertThat(wednesdayAccounts).as("rep1 had visits on Wednesday").isNotEmpty();

        int version = as("rep1").get("/api/visits/" + visitId).then().statusCode(200).extract().path("version");
        as("rep1").body(Map.of("status", "CONFIRMED", "version", version)).post("/api/visits/" + visitId + "/status")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as("rep1").body(Map.of("status", "STARTED", "version", version)).post("/api/visits/" + visitId + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        as("planner1").body(Map.of("repId", repId, "day", monday.plusDays(2).toString(), "reason", "Flu"))
                .post("/api/visits/days-off").then().statusCode(201);

        String replan = VisitFixtures.solve(monday, 4);
        JsonPath draft = VisitFixtures.job(replan).then().statusCode(200).body("job.feasible", equalTo(true))
                .extract().jsonPath();
        Map<String, Object> keptDay = day(draft.getList("plan.itineraries"), "Rafael Rep", monday.plusDays(1));
        Map<String, Object> kept = stops(keptDay).stream().filter(s -> Integer.valueOf(visitId).equals(s.get("visitId")))
                .findFirst().orElseThrow(() -> new AssertionError("the confirmed visit left Tuesday"));
        assertThat(kept.get("pinned")).isEqualTo(true);
        assertThat(kept.get("status")).isEqualTo("CONFIRMED");
        List<Map<String, Object>> sickDay = draft.getList("plan.itineraries").stream().map(d -> (Map<String, Object>) d)
                .filter(d -> "Rafael Rep".equals(d.get("rep")) && monday.plusDays(2).toString().equals(d.get("day")))
                .toList();
        assertThat(sickDay.stream().flatMap(d -> stops(d).stream())).as("no visit on the sick day").isEmpty();
        List<Map<String, Object>> changes = draft.getList("plan.changes");
        assertThat(changes).extracting(c -> c.get("account")).containsAll(wednesdayAccounts);
        assertThat(changes).filteredOn(c -> wednesdayAccounts.contains(c.get("account")))
                .extracting(c -> (String) c.get("kind")).allMatch(k -> k.equals("MOVED") || k.equals("DROPPED"));
        assertThat(changes).extracting(c -> c.get("account")).doesNotContain(stop.get("account"));

        as("planner1").post("/api/planning/visits/jobs/" + replan + "/apply").then().statusCode(200);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(409);
        as("rep1").get("/api/visits/" + visitId).then().body("status", equalTo("CONFIRMED"))
                .body("plannedDay", equalTo(monday.plusDays(1).toString()));
    }

    private static JsonPath itineraries(LocalDate monday, String user) {
        return as(user).queryParam("from", monday.toString()).queryParam("to", monday.plusDays(4).toString())
                .get("/api/visits/itineraries").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> day(JsonPath plan, String rep, LocalDate day) {
        return day(plan.getList("itineraries"), rep, day);
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
