package io.forecourt.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.forecourt.visit.VisitFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PublishingTest {

    @Inject
    VisitFixtures fixtures;

    @Test
    void publishingPutsPlannedVisitsInRepsDiariesAndShowsAColleaguesClashUntilOverridden() {
        LocalDate monday = VisitFixtures.monday(2);
        fixtures.requestVisits(monday, 30);
        String job = VisitFixtures.solve(monday, 4);
        as("planner1").post("/api/planning/visits/jobs/" + job + "/apply").then().statusCode(200);
        JsonPath saved = as("planner1").queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(4).toString()).get("/api/visits/itineraries").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> stops = saved.getList("itineraries.stops.flatten()");
        Map<String, Object> rafaels = saved.getList("itineraries").stream().map(d -> (Map<String, Object>) d)
                .filter(d -> "Rafael Rep".equals(d.get("rep")) && !((List<?>) d.get("stops")).isEmpty())
                .map(d -> ((List<Map<String, Object>>) d.get("stops")).get(0)).findFirst().orElseThrow();
        int clashing = (Integer) rafaels.get("visitId");
        long account = ((Number) rafaels.get("accountId")).longValue();
        long colleagues = fixtures.colleaguePlanned(account, "manager1",
                OffsetDateTime.parse((String) rafaels.get("start")).plusDays(1));

        JsonPath published = as("planner1").queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(4).toString()).post("/api/visits/publish").then().statusCode(200)
                .extract().jsonPath();
        // demo contacts of colleagues may clash too; every visit is either published or reported
        assertThat(published.getInt("published") + published.getList("clashes").size()).isEqualTo(stops.size());
        assertThat(published.getInt("published")).isPositive();
        Map<String, Object> clash = published.getList("clashes").stream().map(c -> (Map<String, Object>) c)
                .filter(c -> Integer.valueOf(clashing).equals(c.get("visitId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the colleague's planned visit is not reported"));
        assertThat(clash.get("existingOwner")).isEqualTo("Marta Manager");
        assertThat(((Number) clash.get("existingActivityId")).longValue()).isEqualTo(colleagues);
        assertThat((String) clash.get("detail")).contains("has planned a visit");

        int activity = published.getInt("visits[0].activityId");
        as("admin1").get("/api/activities/" + activity).then().statusCode(200).body("type", equalTo("VISIT"))
                .body("owner", equalTo(published.getString("visits[0].rep")))
                .body("purpose", equalTo("SERVICE")).body("status", equalTo("PLANNED"));

        as("planner1").post("/api/visits/" + clashing + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Duplicate effort"))
                .body("existing.id", equalTo((int) colleagues));
        int overridden = as("planner1").body(Map.of("reason", "Planned route passes by; manager agreed"))
                .post("/api/visits/" + clashing + "/publish").then().statusCode(200).extract().path("activityId");
        as("admin1").get("/api/activities/" + overridden).then().statusCode(200)
                .body("type", equalTo("VISIT")).body("status", equalTo("PLANNED"))
                .body("owner", equalTo("Rafael Rep"))
                .body("override.reason", equalTo("Planned route passes by; manager agreed"))
                .body("override.activityId", equalTo((int) colleagues));
        as("planner1").post("/api/visits/" + clashing + "/publish").then().statusCode(409)
                .body("detail", containsString("already published"));
        as("planner1").queryParam("from", monday.toString()).queryParam("to", monday.plusDays(4).toString())
                .post("/api/visits/publish").then().statusCode(200).body("published", equalTo(0));
    }

    @Test
    void replanningKeepsPublishedVisitsOnTheirDayAndNamesThoseThatLeaveASickRep() {
        LocalDate monday = VisitFixtures.monday(7);
        fixtures.requestVisits(monday, 60);
        String first = VisitFixtures.solve(monday, 4);
        as("planner1").post("/api/planning/visits/jobs/" + first + "/apply").then().statusCode(200);
        JsonPath published = as("planner1").queryParam("from", monday.toString()).post("/api/visits/publish")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> visits = published.getList("visits");
        LocalDate sickDay = monday.plusDays(3);
        List<Integer> onSickDay = visits.stream().filter(v -> "Rita Rep".equals(v.get("rep"))
                && OffsetDateTime.parse((String) v.get("at")).toLocalDate().equals(sickDay))
                .map(v -> (Integer) v.get("visitId")).toList();
        assertThat(onSickDay).as("Rita had published visits on Thursday").isNotEmpty();
        long rita = fixtures.userId("rep2");
        as("planner1").body(Map.of("repId", rita, "day", sickDay.toString(), "reason", "Ill"))
                .post("/api/visits/days-off").then().statusCode(201);
        as("planner1").body(Map.of("repId", rita, "day", sickDay.toString(), "reason", "Ill"))
                .post("/api/visits/days-off").then().statusCode(409);

        String replan = VisitFixtures.solve(monday, 4);
        JsonPath applied = as("planner1").post("/api/planning/visits/jobs/" + replan + "/apply").then()
                .statusCode(200).extract().jsonPath();
        List<Integer> withdrawn = applied.getList("withdrawn.visitId", Integer.class);
        assertThat(withdrawn).isSubsetOf(onSickDay);
        assertThat(applied.getList("withdrawn.rep", String.class)).containsOnly("Rita Rep");
        for (Integer id : onSickDay) {
            JsonPath visit = as("planner1").get("/api/visits/" + id).then().statusCode(200).extract().jsonPath();
            if (withdrawn.contains(id)) {
                assertThat(visit.getString("activityId")).as("withdrawn visit " + id).isNull();
            } else {
                // still Rita's, on another day: her diary entry moved with it
                assertThat(visit.getLong("repId")).isEqualTo(rita);
                assertThat(visit.getString("plannedDay")).isNotEqualTo(sickDay.toString());
                as("admin1").get("/api/activities/" + visit.getInt("activityId")).then().statusCode(200)
                        .body("plannedAt", equalTo(visit.getString("plannedStart")));
            }
        }
        Map<String, Object> stayed = visits.stream().filter(v -> !onSickDay.contains(v.get("visitId"))).findFirst()
                .orElseThrow();
        as("planner1").get("/api/visits/" + stayed.get("visitId")).then().statusCode(200)
                .body("activityId", equalTo(stayed.get("activityId")))
                .body("plannedDay", equalTo(OffsetDateTime.parse((String) stayed.get("at")).toLocalDate().toString()));
    }
}
