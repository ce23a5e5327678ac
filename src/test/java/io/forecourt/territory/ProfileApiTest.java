package io.forecourt.territory;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.forecourt.territory.TerritoryApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProfileApiTest {

    @Inject
    TerritoryFixtures fixtures;

    private static Map<String, Object> body(int visits, boolean pinned, Integer version) {
        Map<String, Object> b = new HashMap<>(Map.of("visitsPerPeriod", visits, "visitMinutes", 45,
                "revenuePotential", 25000, "pinned", pinned));
        b.put("version", version);
        return b;
    }

    @Test
    void aPlannerPinsAnAccountAndAStaleChangeIsAConflict() {
        TerritoryFixtures.Pair pair = fixtures.territories(100);
        long account = fixtures.account("Pin Me SARL", pair.westId(), 45.76, 4.79, false);
        String path = "/api/territories/accounts/" + account + "/profile";
        int version = as("planner1").body(body(3, true, 0)).put(path).then().statusCode(200)
                .body("pinned", equalTo(true)).body("visitsPerPeriod", equalTo(3)).extract().path("version");
        as("planner1").get(path).then().statusCode(200).body("pinned", equalTo(true)).body("visitMinutes", equalTo(45));
        as("planner1").body(body(1, false, version + 5)).put(path).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as("planner1").body(body(1, false, null)).put(path).then().statusCode(400);
        as("planner1").get(path).then().body("pinned", equalTo(true));
    }

    @Test
    void aPlannerSetsARepsHomeAndCapacityWhichTheMetricsThenShow() {
        TerritoryFixtures.Pair pair = fixtures.territories(100);
        as("planner1").body(Map.of("homeLatitude", 45.75, "homeLongitude", 4.85, "capacityHours", 321.5, "version", 0))
                .put("/api/territories/" + pair.west() + "/profile").then().statusCode(200)
                .body("capacityHours", equalTo(321.5f));
        as("planner1").get("/api/territories").then().statusCode(200)
                .body("find { it.code == '" + pair.west() + "' }.capacityHours", equalTo(321.5f));
    }

    @Test
    void onlyPlannersAndAdminsSetProfilesAndBadValuesOrUnknownRecordsAreRefused() {
        TerritoryFixtures.Pair pair = fixtures.territories(100);
        long account = fixtures.account("Scoped SAS", pair.westId(), 45.76, 4.79, false);
        String path = "/api/territories/accounts/" + account + "/profile";
        as("manager1").body(body(1, true, 0)).put(path).then().statusCode(403);
        as("rep1").body(body(1, true, 0)).put(path).then().statusCode(403);
        as("planner1").body(body(-1, true, 0)).put(path).then().statusCode(400);
        as("planner1").body(body(1, true, 0)).put("/api/territories/accounts/999999999/profile").then().statusCode(404);
        as("admin1").body(Map.of("homeLatitude", 45.75, "homeLongitude", 4.85, "capacityHours", 10))
                .put("/api/territories/NO-SUCH/profile").then().statusCode(404);
    }
}
