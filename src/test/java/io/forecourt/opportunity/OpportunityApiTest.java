package io.forecourt.opportunity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OpportunityApiTest {

    @Inject
    OpportunityFixtures fixtures;

    @Test
    void aNewOpportunityStartsProspectingWithTheStagesDefaultProbabilityAndTheAccountOwner() {
        long account = fixtures.account("Default Probability SA", "rep1");
        Api.opportunity(account, "Terra fleet", "40000").post("manager1").then().statusCode(201)
                .header("Location", containsString("/api/opportunities/"))
                .body("stage", equalTo("PROSPECTING")).body("probability", equalTo(10))
                .body("probabilityOverridden", equalTo(false)).body("weightedAmount", equalTo(4000.0f))
                .body("currency", equalTo("EUR")).body("ownerId", equalTo((int) fixtures.userId("rep1")))
                .body("version", equalTo(0)).body("quotes", empty())
                .body("history[0].from", nullValue()).body("history[0].to", equalTo("PROSPECTING"))
                .body("history[0].by", equalTo("Marta Manager"));
        Api.opportunity(account, "Aura", "10000").with("stage", "PROPOSAL").with("probability", 65).post("rep1")
                .then().statusCode(201).body("probability", equalTo(65)).body("probabilityOverridden", equalTo(true))
                .body("weightedAmount", equalTo(6500.0f));
        Api.opportunity(account, "Too sure", "10000").with("probability", 101).post("rep1").then().statusCode(400);
    }

    @Test
    void stageMovesAreRecordedInTheHistoryWithWhoAndWhen() {
        long account = fixtures.account("History GmbH", "rep1");
        int id = Api.opportunity(account, "Volta vans", "30000").create("rep1");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        Api.move("rep1", id, "PROPOSAL", 0, "Skipped qualification: known customer").then().statusCode(200)
                .body("stage", equalTo("PROPOSAL")).body("probability", equalTo(50)).body("version", equalTo(1));
        Api.move("rep1", id, "QUALIFICATION", 1, "Budget not confirmed yet").then().statusCode(200)
                .body("probability", equalTo(25));
        var history = Api.as("rep1").get("/api/opportunities/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("[1].from", equalTo("PROSPECTING")).body("[1].to", equalTo("PROPOSAL"))
                .body("[1].note", equalTo("Skipped qualification: known customer"))
                .body("[2].from", equalTo("PROPOSAL")).body("[2].to", equalTo("QUALIFICATION"))
                .body("[2].by", equalTo("Rafael Rep")).body("[2].byId", equalTo((int) fixtures.userId("rep1")))
                .extract().jsonPath();
        assertThat(OffsetDateTime.parse(history.getString("[2].at"))).isAfter(before);
    }

    @Test
    void aClosedOpportunityDoesNotMoveAndTheAnswerNamesTheAllowedMoves() {
        long account = fixtures.account("Closed BV", "rep1");
        int id = Api.opportunity(account, "Terra", "20000").create("rep1");
        Api.move("rep1", id, "PROSPECTING", 0, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("allowed moves: QUALIFICATION, PROPOSAL, NEGOTIATION, CLOSED_WON, CLOSED_LOST"))
                .body("allowed", hasItem("CLOSED_WON"));
        Api.move("rep1", id, "CLOSED_WON", 0, "Signed").then().statusCode(200)
                .body("probability", equalTo(100)).body("allowedMoves", empty());
        Api.move("rep1", id, "NEGOTIATION", 1, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("allowed moves: none")).body("allowed", empty())
                .body("from", equalTo("CLOSED_WON"));
    }

    @Test
    void losingNeedsAReason() {
        long account = fixtures.account("Lost SpA", "rep1");
        int id = Api.opportunity(account, "Aura", "15000").create("rep1");
        Api.move("rep1", id, "CLOSED_LOST", 0, "gone").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("lostReason"));
        Api.as("rep1").body("{\"to\":\"CLOSED_LOST\",\"version\":0,\"lostReason\":\"Price\"}")
                .post("/api/opportunities/" + id + "/stage").then().statusCode(200)
                .body("stage", equalTo("CLOSED_LOST")).body("lostReason", equalTo("Price"))
                .body("probability", equalTo(0));
        Api.opportunity(account, "Born lost", "1").with("stage", "CLOSED_LOST").post("rep1").then()
                .statusCode(422).body("violations[0].field", equalTo("lostReason"));
    }

    @Test
    void aChangeWithAStaleVersionIs409() {
        long account = fixtures.account("Stale SARL", "rep1");
        int id = Api.opportunity(account, "Terra", "20000").create("rep1");
        Api.as("rep1").body(Api.opportunity(account, "Terra x3", "60000").with("version", 0).fields)
                .put("/api/opportunities/" + id).then().statusCode(200)
                .body("name", equalTo("Terra x3")).body("amount", equalTo(60000.0f)).body("version", equalTo(1));
        Api.as("rep1").body(Api.opportunity(account, "Terra x2", "40000").with("version", 0).fields)
                .put("/api/opportunities/" + id).then().statusCode(409).contentType("application/problem+json");
        Api.move("rep1", id, "QUALIFICATION", 0, null).then().statusCode(409);
    }

    @Test
    void listsFilterByStageAccountAndClosingDate() {
        long account = fixtures.account("Filter Oy", "rep1");
        Api.opportunity(account, "Soon", "1000").with("expectedCloseDate", "2029-01-10").create("rep1");
        Api.opportunity(account, "Later", "2000").with("stage", "NEGOTIATION").create("rep1");
        Api.as("rep1").get("/api/opportunities?account=" + account).then().statusCode(200).body("size()", equalTo(2));
        Api.as("rep1").get("/api/opportunities?account=" + account + "&stage=NEGOTIATION").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].name", equalTo("Later"));
        Api.as("rep1").get("/api/opportunities?account=" + account + "&closingBefore=2029-02-01").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].name", equalTo("Soon"));
        Api.as("rep1").get("/api/opportunities?stage=WON_MAYBE").then().statusCode(400)
                .body("detail", containsString("CLOSED_WON"));
    }
}
