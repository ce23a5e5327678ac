package io.forecourt.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.visit.VisitFixtures.as;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class VisitSetupTest {

    private static final String SETUP = "/api/visits/setup";

    @Inject
    VisitFixtures fixtures;

    @Test
    void plannersChangeARepsScheduleWithTheVersionTheyReadAndAStaleOneIsRefused() {
        long rita = fixtures.userId("rep2");
        JsonPath reps = as("planner1").get(SETUP + "/reps").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schedule = reps.getList("findAll { it.rep == 'Rita Rep' }", Map.class).get(0);
        int version = (Integer) schedule.get("version");
        List<?> hours = (List<?>) schedule.get("hours");
        // the same week again (other tests plan with it), saved under a new version
        as("planner1").body(Map.of("maxVisitsPerDay", schedule.get("maxVisitsPerDay"), "hours", hours, "version", version))
                .put(SETUP + "/reps/" + rita + "/schedule").then().statusCode(200)
                .body("version", equalTo(version + 1)).body("hours", hasSize(hours.size()));
        as("planner1").body(Map.of("maxVisitsPerDay", 2, "hours", hours, "version", version))
                .put(SETUP + "/reps/" + rita + "/schedule").then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(version + 1));
        as("planner1").body(Map.of("maxVisitsPerDay", 6, "version", version + 1, "hours",
                        List.of(Map.of("weekday", 1, "from", "18:00", "to", "08:00"))))
                .put(SETUP + "/reps/" + rita + "/schedule").then().statusCode(422)
                .body("violations.message", hasItem("weekday 1: 18:00–08:00 ends before it starts"));
        as("rep2").get(SETUP + "/reps").then().statusCode(403);
        as("manager1").body(Map.of("maxVisitsPerDay", 6, "hours", List.of(), "version", version + 1))
                .put(SETUP + "/reps/" + rita + "/schedule").then().statusCode(403);
    }

    @Test
    void plannersSetAnAccountsOpeningHoursAndOverlapsAreRefused() {
        long account = fixtures.account("Opening Hours Garage");
        as("planner1").body(Map.of("periods", List.of(Map.of("weekday", 3, "from", "14:00", "to", "18:30"),
                        Map.of("weekday", 3, "from", "09:00", "to", "12:00"))))
                .put(SETUP + "/accounts/" + account + "/opening-hours").then().statusCode(200);
        as("planner1").get(SETUP + "/accounts/" + account + "/opening-hours").then().statusCode(200)
                .body("periods", hasSize(2)).body("periods[0].from", startsWith("09:00"))
                .body("periods[1].from", startsWith("14:00"));
        as("planner1").body(Map.of("periods", List.of(Map.of("weekday", 2, "from", "09:00", "to", "12:00"),
                        Map.of("weekday", 2, "from", "11:00", "to", "13:00"))))
                .put(SETUP + "/accounts/" + account + "/opening-hours").then().statusCode(422)
                .body("violations[0].message", equalTo("weekday 2: 11:00 overlaps the period before"));
        as("planner1").get(SETUP + "/accounts/" + account + "/opening-hours").then().body("periods", hasSize(2));
        as("planner1").get(SETUP + "/accounts/999999999/opening-hours").then().statusCode(404);
        as("rep1").get(SETUP + "/accounts/" + account + "/opening-hours").then().statusCode(403);
    }
}
