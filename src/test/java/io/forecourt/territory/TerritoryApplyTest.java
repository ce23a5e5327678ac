package io.forecourt.territory;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.territory.TerritoryApi.JOBS;
import static io.forecourt.territory.TerritoryApi.as;
import static io.forecourt.territory.TerritoryFixtures.EAST_LAT;
import static io.forecourt.territory.TerritoryFixtures.EAST_LON;
import static io.forecourt.territory.TerritoryFixtures.WEST_LAT;
import static io.forecourt.territory.TerritoryFixtures.WEST_LON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TerritoryApplyTest {

    @Inject
    TerritoryFixtures fixtures;

    /** West has two accounts next to the east rep's home (one pinned) and one at home; east has one at home. */
    private record Setup(TerritoryFixtures.Pair pair, long stray, long pinned, long westHome, long eastHome) {
    }

    private Setup setup(double capacityHours) {
        TerritoryFixtures.Pair pair = fixtures.territories(capacityHours);
        return new Setup(pair,
                fixtures.account("Stray Garage", pair.westId(), EAST_LAT + .001, EAST_LON, false),
                fixtures.account("Pinned Bakery", pair.westId(), EAST_LAT - .001, EAST_LON, true),
                fixtures.account("West Home Taxis", pair.westId(), WEST_LAT, WEST_LON + .001, false),
                fixtures.account("East Home Prints", pair.eastId(), EAST_LAT, EAST_LON + .001, false));
    }

    private String solve(Setup s) {
        String id = TerritoryApi.startJob(Map.of("seconds", 2, "balanceWeight", 0, "potentialWeight", 0, "moveWeight", 1,
                "territories", List.of(s.pair().west(), s.pair().east())));
        assertThat(TerritoryApi.awaitEnd(id)).isEqualTo("FINISHED");
        return id;
    }

    @Test
    void applyingMovesTheStrayAccountToTheNearRepWhoThenOwnsItAndKeepsThePinnedOne() {
        Setup s = setup(100);
        String id = solve(s);
        as("planner1").get(JOBS + "/" + id).then().statusCode(200)
                .body("moved", equalTo(1)).body("moves[0].account", equalTo("Stray Garage"))
                .body("moves[0].to", equalTo(s.pair().east()));
        as("planner1").get(JOBS + "/" + id + "/map.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("Stray Garage"));

        as("planner1").post(JOBS + "/" + id + "/apply").then().statusCode(200)
                .body("moved", equalTo(1)).body("appliedBy", equalTo("Paul Planner"));

        assertThat(fixtures.territoryOf(s.stray())).isEqualTo(s.pair().eastId());
        assertThat(fixtures.ownerOf(s.stray())).isEqualTo(fixtures.userId("rep2"));
        assertThat(fixtures.territoryOf(s.pinned())).isEqualTo(s.pair().westId());
        as("rep2").get("/api/accounts/" + s.stray()).then().statusCode(200).body("name", equalTo("Stray Garage"));
        io.restassured.RestAssured.given().cookie("forecourt-session", io.forecourt.testing.Sessions.signIn("rep2"))
                .accept("text/html").get("/accounts/" + s.stray()).then().statusCode(200)
                .body(containsString("Territory planning")).body(containsString("1 visit of 60 min per quarter"))
                .body(containsString("Moved to " + s.pair().east() + " by a rebalancing"));
        as("planner1").get(JOBS + "/" + id).then().body("applied.moved", equalTo(1));
        as("planner1").post(JOBS + "/" + id + "/apply").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("already been applied"));
    }

    @Test
    void discardingAProposalChangesNothingAndItCanNoLongerBeApplied() {
        Setup s = setup(100);
        String id = solve(s);
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
        as("planner1").get(JOBS + "/" + id).then().statusCode(404);
        as("planner1").post(JOBS + "/" + id + "/apply").then().statusCode(404);
        assertThat(fixtures.territoryOf(s.stray())).isEqualTo(s.pair().westId());
        assertThat(fixtures.ownerOf(s.stray())).isEqualTo(fixtures.userId("rep1"));
    }

    @Test
    void anAccountChangedSinceTheSolveMakesTheApplyAConflictAndNothingMoves() {
        Setup s = setup(100);
        String id = solve(s);
        fixtures.rename(s.stray(), "Stray Garage SARL");
        as("planner1").post(JOBS + "/" + id + "/apply").then().statusCode(409)
                .body("detail", containsString("changed since this proposal was made"));
        assertThat(fixtures.territoryOf(s.stray())).isEqualTo(s.pair().westId());
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
    }

    @Test
    void aProposalBreakingCapacityIsRefusedWithItsViolations() {
        Setup s = setup(0.5);
        String id = TerritoryApi.startJob(Map.of("seconds", 1, "territories", List.of(s.pair().west(), s.pair().east())));
        TerritoryApi.awaitEnd(id);
        as("planner1").get(JOBS + "/" + id).then().body("job.feasible", equalTo(false))
                .body("score.constraints.name", hasItem("Capacity respected"));
        as("planner1").post(JOBS + "/" + id + "/apply").then().statusCode(422)
                .body("violations[0].message", startsWith("Capacity respected"));
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
    }

    @Test
    void aMoveLimitOfZeroKeepsEveryAccountWhereItIs() {
        Setup s = setup(100);
        String id = TerritoryApi.startJob(Map.of("seconds", 1, "maxMoves", 0, "moveWeight", 0,
                "territories", List.of(s.pair().west(), s.pair().east())));
        TerritoryApi.awaitEnd(id);
        as("planner1").get(JOBS + "/" + id).then().body("job.feasible", equalTo(true)).body("moved", equalTo(0));
        as("planner1").post(JOBS + "/" + id + "/discard").then().statusCode(204);
    }
}
