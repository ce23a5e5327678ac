package io.forecourt.territory;

import io.forecourt.browser.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.forecourt.territory.TerritoryApi.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser: a planner applies a rebalancing that moves rep1's account with a call planned on it,
 * choosing that open work goes to the new owner; the page says what happened to the call, rep1's My
 * day no longer offers it and rep2's does. Runs on its own two territories, not the demo's.
 */
@QuarkusTest
class RebalanceHandoverJourneyTest extends BrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    TerritoryFixtures fixtures;

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void theMovedAccountsOpenCallFollowsItToTheNewOwner(int width) {
        at(width);
        String name = "Browser Handover " + width;
        TerritoryFixtures.Pair pair = fixtures.territories(100);
        long stray = fixtures.strayAccount(pair, name);
        String later = LocalDate.now(ZONE).atTime(23, 45).atZone(ZONE).toOffsetDateTime().toString();
        int call = as("rep1").body(Map.of("accountId", stray, "type", "CALL", "purpose", "SERVICE", "plannedAt", later))
                .post("/api/activities").then().statusCode(201).extract().path("id");
        String job = TerritoryApi.solveOnlyMoves(pair);
        String outcomeForm = "form[action='/my-day/activities/" + call + "/outcome']";
        assertThat(myDayOffers("rep1", outcomeForm)).as("rep1's call before the rebalancing").isTrue();

        signInAs("planner1");
        open("/territories/jobs/" + job);
        click("form[action$='/apply'] input[name=openWork][value=hand-over]");
        click("form[action$='/apply'] button[type=submit]");
        assertThat(text("#open-work")).contains(name).contains("Planned call");
        assertThat(text("main")).contains("accounts moved");

        assertThat(myDayOffers("rep1", outcomeForm)).as("rep1's My day after the hand-over").isFalse();
        assertThat(myDayOffers("rep2", outcomeForm)).as("rep2's My day after the hand-over").isTrue();
    }

    /** Whether the user's My day, on any of its pages of today's contacts, has this element. */
    private boolean myDayOffers(String user, String css) {
        signInAs(user);
        for (int page = 1; page <= 15; page++) {
            open("/my-day?today=" + page);
            if (!all(css).isEmpty()) {
                return true;
            }
            if (all("a[href*='today=" + (page + 1) + "']").isEmpty()) {
                return false;
            }
        }
        return false;
    }
}
