package io.forecourt.order;

import io.forecourt.quote.QuoteApi;
import io.forecourt.quote.QuoteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.forecourt.quote.QuoteApi.as;
import static io.forecourt.quote.QuoteApi.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class OrderApiTest {

    @Inject
    QuoteFixtures fixtures;

    @Test
    void anOrderGoesFromPlacedToDeliveredWithEveryStepInItsHistory() {
        int id = QuoteApi.order("rep1", fixtures.account("Order Flow", "rep1"));
        as("rep1").get("/api/orders/" + id).then().statusCode(200).body("status", equalTo("PLACED"))
                .body("allowed", equalTo(List.of("CONFIRMED", "CANCELLED")))
                .body("lines[0].configuration", org.hamcrest.Matchers.notNullValue())
                .body("lines[0].link", org.hamcrest.Matchers.startsWith("/configurations/"))
                // people read the model's name; the code stays for integrations
                .body("lines[0].productName", org.hamcrest.Matchers.oneOf("Aura", "Terra", "Volta"))
                .body("lines[0].product", org.hamcrest.Matchers.oneOf("AURA", "TERRA", "VOLTA"));
        String[] steps = {"CONFIRMED", "IN_PRODUCTION", "SHIPPED", "DELIVERED"};
        for (int v = 0; v < steps.length; v++) {
            transition("rep1", id, steps[v], "step " + v, v).then().statusCode(200).body("status", equalTo(steps[v]))
                    .body("version", equalTo(v + 1));
        }
        as("rep1").get("/api/orders/" + id).then().body("history.size()", equalTo(5))
                .body("history[1].from", equalTo("PLACED")).body("history[1].to", equalTo("CONFIRMED"))
                .body("history[1].by", equalTo("Rafael Rep")).body("history[1].note", equalTo("step 0"))
                .body("history[4].to", equalTo("DELIVERED")).body("allowed.size()", equalTo(0));
        transition("rep1", id, "CANCELLED", "too late", 4).then().statusCode(409)
                .contentType("application/problem+json").body("allowed.size()", equalTo(0));
    }

    @Test
    void anIllegalTransitionIsRefusedNamingTheAllowedOnes() {
        int id = QuoteApi.order("rep1", fixtures.account("Order Illegal", "rep1"));
        transition("rep1", id, "SHIPPED", null, 0).then().statusCode(409)
                .body("allowed", equalTo(List.of("CONFIRMED", "CANCELLED"))).body("from", equalTo("PLACED"));
        transition("rep1", id, "PLACED", null, 0).then().statusCode(409);
        transition("rep1", id, "CONFIRMED", null, 0).then().statusCode(200);
        transition("rep1", id, "IN_PRODUCTION", null, 1).then().statusCode(200);
        transition("rep1", id, "CANCELLED", "customer changed their mind", 2).then().statusCode(409)
                .body("allowed", equalTo(List.of("SHIPPED")));
        transition("rep1", id, "TELEPORTED", null, 2).then().statusCode(400);
    }

    @Test
    void aCancellationNeedsAReasonAndAStaleVersionChangesNothing() {
        int id = QuoteApi.order("rep1", fixtures.account("Order Cancel", "rep1"));
        transition("rep1", id, "CANCELLED", " ", 0).then().statusCode(422);
        transition("rep1", id, "CONFIRMED", null, 0).then().statusCode(200);
        transition("manager1", id, "CANCELLED", "Financing refused", 0).then().statusCode(409)
                .body("currentVersion", equalTo(1));
        transition("manager1", id, "CANCELLED", "Financing refused", 1).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Financing refused"))
                .body("history[2].by", equalTo("Marta Manager"));
        transition("rep1", id, "IN_PRODUCTION", null, 2).then().statusCode(409);
    }

    @Test
    void aRepSeesOnlyTheOrdersOfTheirAccounts() {
        int id = QuoteApi.order("rep1", fixtures.account("Order Scope", "rep1"));
        as("rep2").get("/api/orders/" + id).then().statusCode(404);
        as("rep2").get("/api/orders").then().statusCode(200).body("id", not(hasItem(id)));
        transition("rep2", id, "CONFIRMED", null, 0).then().statusCode(404);
        as("rep1").get("/api/orders?status=PLACED").then().body("id", hasItem(id));
        as("manager1").get("/api/orders").then().body("id", hasItem(id));
        as("customer1").get("/api/orders").then().statusCode(403);
        io.restassured.RestAssured.get("/api/orders/" + id).then().statusCode(401);
        as("rep1").get("/api/orders/999999999").then().statusCode(404);
    }
}
