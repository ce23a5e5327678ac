package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner rebalances the territories with a short solve, follows it on the progress bar and reads
 * the proposal in plain words (accounts, hours, km, €); then plans a week of visits and reads the
 * timelines (hour labels) and the route map (legend).
 */
@QuarkusTest
class PlannerJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void plannerRebalancesAndReadsTheProposal(int width) {
        at(width);
        signInAs("planner1");
        open("/territories");
        type("form.territory-form input[name=seconds]", "3");
        click("form.territory-form button[type=submit]");
        assertThat(text("h1")).isEqualTo("Territory proposal");
        if (!all("progress[data-job-bar]").isEmpty()) {
            screenshotOf(".job-progress", "territory-solving");
            assertThat(text(".job-progress")).containsPattern("Solving|Finished").contains("of 3 s");
        }
        // the page follows the solve by itself and shows the proposal when it ends
        solveEnds();
        assertThat(text(".plan-summary")).contains("accounts").contains("% of capacity").contains(" km ").contains("k€");
        assertThat(text("main")).containsPattern("Meets every hard rule|Breaks hard rules").doesNotContainPattern("-?\\d+(hard|soft)");
        assertThat(all(".territory-maps svg")).hasSize(2);
        screenshotOf(".job-progress", "territory-progress");
        screenshotOf("main section.card:nth-of-type(2)", "territory-proposal");
        screenshotOf("main table.cards", "territory-goals");
    }

    /** Waits until the page, reloaded by its script, is rendered for the ended solve. */
    private void solveEnds() {
        waitFor(d -> "FINISHED".equals(js("var b = document.querySelector('[data-job-progress]');"
                + " return b && document.readyState === 'complete' ? b.getAttribute('data-job-state') : null")));
        checkPage();
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void plannerPlansTheWeekAndReadsTimelinesAndTheMap(int width) {
        at(width);
        signInAs("planner1");
        open("/visits");
        type("form[action='/visits/jobs'] input[name=seconds]", "3");
        click("form[action='/visits/jobs'] button[type=submit]");
        solveEnds();
        assertThat(text("#job")).contains("driving in total").doesNotContainPattern("-?\\d+(hard|medium|soft)");
        assertThat(all("#job .visit-hours span")).isNotEmpty();
        assertThat(text("#job .visit-hours")).contains("09").contains("17");
        assertThat(text("#job .map-legend")).contains("rep's home");
        screenshotOf("#job .job-line", "visits-progress");
        screenshotOf("#job .visit-day", "visits-timeline");
        screenshotOf("#job .visit-map", "visits-map");
    }
}
