package io.forecourt.quote;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.forecourt.quote.QuoteApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class DemoQuotesTest {

    @Inject
    DemoQuotes demo;

    @Test
    void theDemoShowsEveryStepOnceAndLoadingTwiceChangesNothing() {
        int before = as("admin1").get("/api/quotes").then().extract().path("size()");
        demo.load();
        as("admin1").get("/api/quotes").then().body("size()", equalTo(before));
        as("rep1").get("/api/quotes").then().statusCode(200)
                .body("status", hasItems("DRAFT", "PENDING_APPROVAL", "SENT", "ACCEPTED"));
        as("manager1").get("/api/quotes/approvals").then().body("size()", greaterThanOrEqualTo(1));
        as("rep1").get("/api/orders").then().body("status", hasItem("PLACED"));
        as("integration1").get("/api/events?after=0&limit=1000").then().statusCode(200)
                .body("events.type", hasItems("quote.created", "quote.sent", "order.placed", "quote.accepted"));
    }

    @Test
    void everyDemoQuoteCarriesItsOpportunityAndNoAcceptedQuoteLeavesItsDealOpen() {
        java.util.List<java.util.Map<String, Object>> all = as("admin1").get("/api/quotes").then().statusCode(200)
                .extract().jsonPath().getList("$");
        java.util.List<java.util.Map<String, Object>> accepted = all.stream()
                .filter(q -> "ACCEPTED".equals(q.get("status")) && q.get("number") != null).toList();
        org.assertj.core.api.Assertions.assertThat(accepted).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(all.stream().filter(q -> "ACCEPTED".equals(q.get("status"))
                && q.get("opportunityId") != null)).as("an accepted demo quote names its opportunity").isNotEmpty();
        for (var q : accepted) {
            if (q.get("opportunityId") != null) {
                as("admin1").get("/api/opportunities/" + q.get("opportunityId")).then().statusCode(200)
                        .body("stage", equalTo("CLOSED_WON")).body("history[-1].to", equalTo("CLOSED_WON"));
            }
        }
    }
}
