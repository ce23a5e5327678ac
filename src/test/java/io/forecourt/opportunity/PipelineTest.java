package io.forecourt.opportunity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PipelineTest {

    @Inject
    OpportunityFixtures fixtures;

    @Test
    void thePipelineCountsSumsAndWeighsTheOpenOpportunitiesPerStage() {
        String cur = OpportunityFixtures.freshCurrency();
        long account = fixtures.account("Pipeline NV", "rep1");
        Api.opportunity(account, "P1", "10000").with("currency", cur).create("rep1");              // 10 % → 1,000
        Api.opportunity(account, "P2", "20000").with("currency", cur).with("probability", 30).create("rep1"); // 6,000
        Api.opportunity(account, "N1", "40000").with("currency", cur).with("stage", "NEGOTIATION").create("rep1"); // 30,000
        Api.opportunity(account, "Won", "99000").with("currency", cur).with("stage", "CLOSED_WON").create("rep1");
        Api.as("rep1").get("/api/opportunities/pipeline?currency=" + cur).then().statusCode(200)
                .body("currency", equalTo(cur)).body("stages.size()", equalTo(4))
                .body("stages[0].stage", equalTo("PROSPECTING")).body("stages[0].count", equalTo(2))
                .body("stages[0].amount", equalTo(30000.0f)).body("stages[0].weightedAmount", equalTo(7000.0f))
                .body("stages[1].count", equalTo(0))
                .body("stages[3].stage", equalTo("NEGOTIATION")).body("stages[3].weightedAmount", equalTo(30000.0f))
                .body("amount", equalTo(70000.0f)).body("weightedAmount", equalTo(37000.0f));
    }

    @Test
    void aManagerSeesTheTeamPipelinePerRep() {
        String cur = OpportunityFixtures.freshCurrency();
        Api.opportunity(fixtures.account("Team One", "rep1"), "R1", "10000").with("currency", cur).create("rep1");
        Api.opportunity(fixtures.account("Team Two", "rep2"), "R2", "20000").with("currency", cur)
                .with("stage", "PROPOSAL").create("rep2");
        Api.as("manager1").get("/api/opportunities/pipeline?team=true&currency=" + cur).then().statusCode(200)
                .body("amount", equalTo(30000.0f)).body("weightedAmount", equalTo(11000.0f))
                .body("reps.size()", equalTo(2))
                .body("reps.find { it.owner == 'Rita Rep' }.weightedAmount", equalTo(10000.0f))
                .body("reps.find { it.owner == 'Rafael Rep' }.stages[0].count", equalTo(1));
    }
}
