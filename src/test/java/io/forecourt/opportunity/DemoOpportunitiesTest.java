package io.forecourt.opportunity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoOpportunitiesTest {

    @Inject
    DemoOpportunities demo;

    @Inject
    OpportunityFixtures fixtures;

    @Test
    void bothRepsHaveAPipelineWithHistoryAndLoadingTwiceChangesNothing() {
        List<Map<String, Object>> before = Api.as("manager1").get("/api/opportunities").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.history[0].note == 'First talk with the fleet manager' }");
        for (String rep : List.of("rep1", "rep2")) {
            long id = fixtures.userId(rep);
            assertThat(before).as("demo opportunities of " + rep)
                    .filteredOn(o -> ((Number) o.get("ownerId")).longValue() == id).hasSizeBetween(2, 4);
        }
        assertThat(before).extracting(o -> o.get("stage")).contains("PROSPECTING", "CLOSED_WON");
        assertThat(before).allSatisfy(o -> {
            List<Map<String, Object>> history = (List<Map<String, Object>>) o.get("history");
            assertThat(history.get(history.size() - 1).get("to")).isEqualTo(o.get("stage"));
        });
        int all = Api.as("manager1").get("/api/opportunities").then().extract().jsonPath().getList("id").size();
        demo.load();
        assertThat(Api.as("manager1").get("/api/opportunities").then().extract().jsonPath().getList("id"))
                .hasSize(all);
    }
}
