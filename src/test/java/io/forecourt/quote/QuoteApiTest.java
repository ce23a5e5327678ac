package io.forecourt.quote;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.quote.QuoteApi.AURA;
import static io.forecourt.quote.QuoteApi.as;
import static io.forecourt.quote.QuoteApi.create;
import static io.forecourt.quote.QuoteApi.savedConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QuoteApiTest {

    @Inject
    QuoteFixtures fixtures;

    @Test
    void aRepQuotesReadyConfigurationsWithTheirFrozenPriceAndTheDiscountInTheTotals() {
        long account = fixtures.account("Quote Frozen SA", "rep1");
        String first = savedConfiguration(AURA);
        String second = savedConfiguration(AURA);
        var q = as("rep1").body(Map.of("account", account, "configurations", List.of(first, second),
                        "discountPercent", 5, "lineDiscounts", Map.of(second, 8)))
                .post("/api/quotes").then().statusCode(201)
                .header("Location", containsString("/api/quotes/"))
                .body("number", matchesPattern("Q-\\d{6}")).body("status", equalTo("DRAFT")).body("revision", equalTo(1))
                .body("lines.size()", equalTo(2))
                .body("lines[0].configuration", equalTo(first))
                .body("lines[0].price.total", equalTo(36880.0f)).body("lines[0].price.options.size()", equalTo(7))
                .body("lines[0].netPrice", equalTo(35036.0f))
                .body("lines[1].discountPercent", equalTo(8.0f)).body("lines[1].netPrice", equalTo(33929.6f))
                .body("listTotal", equalTo(73760.0f)).body("total", equalTo(68965.6f))
                .body("currency", equalTo("EUR")).body("approval.level", nullValue())
                .body("link", nullValue()).body("history[0].to", equalTo("DRAFT"))
                .extract().jsonPath();
        assertThat(q.getString("validUntil")).isEqualTo(java.time.LocalDate.now().plusDays(30).toString());
    }

    @Test
    void onlyReadyConfigurationsOnAnAccountTheRepSeesCanBeQuoted() {
        long mine = fixtures.account("Quote Mine", "rep1");
        long theirs = fixtures.account("Quote Theirs", "rep2");
        String draft = given().contentType("application/json")
                .body(Map.of("product", "AURA", "selections", List.of("ENG_P110")))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        create("rep1", mine, List.of(draft, "NOSUCHCODE"), 0).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.options.flatten()", hasItem(draft)).body("violations.options.flatten()", hasItem("NOSUCHCODE"));
        create("rep1", theirs, List.of(savedConfiguration(AURA)), 0).then().statusCode(404);
        create("customer1", mine, List.of(savedConfiguration(AURA)), 0).then().statusCode(403);
        create("rep1", mine, List.of(), 0).then().statusCode(400);
        as("rep1").body("{\"account\": \"x\"").post("/api/quotes").then().statusCode(400);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    @Test
    void aDiscountUpToTenPercentNeedsNoApprovalAndIsSentStraightAway() {
        long account = fixtures.account("Quote Ten", "rep1");
        int id = create("rep1", account, List.of(savedConfiguration(AURA)), 10).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        as("rep1").post("/api/quotes/" + id + "/send").then().statusCode(200).body("status", equalTo("SENT"))
                .body("link", matchesPattern("https?://[^/]+/quotes/q[A-Za-z0-9_-]{32}"));
    }

    @Test
    void aDiscountAboveTenPercentWaitsInTheManagersQueueAndIsApprovedWithAComment() {
        long account = fixtures.account("Quote Fifteen", "rep1");
        int id = create("rep1", account, List.of(savedConfiguration(AURA)), 15).then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).body("approval.level", equalTo("MANAGER"))
                .body("approval.decisions[0].rule", equalTo("Discount above 10 % needs a manager"))
                .extract().path("id");
        as("rep1").post("/api/quotes/" + id + "/send").then().statusCode(409).body("allowed", hasItem("APPROVED"));
        as("rep1").get("/api/quotes/approvals").then().statusCode(403);
        as("manager1").get("/api/quotes/approvals").then().statusCode(200).body("id", hasItem(id));
        as("admin1").get("/api/quotes/approvals").then().statusCode(200).body("id", hasItem(id));
        QuoteApi.decide("manager1", id, "approve", "Fleet customer, worth it", 7).then().statusCode(409);
        QuoteApi.decide("manager1", id, "approve", "Fleet customer, worth it", 0).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("history[1].note", equalTo("Fleet customer, worth it"))
                .body("history[1].by", equalTo("Marta Manager"));
        as("manager1").get("/api/quotes/approvals").then().body("id", not(hasItem(id)));
        QuoteApi.decide("manager1", id, "approve", null, 1).then().statusCode(409);
        as("rep1").post("/api/quotes/" + id + "/send").then().statusCode(200).body("status", equalTo("SENT"));
    }

    @Test
    void aDiscountAboveTwentyPercentNeedsAnAdminAndAManagerCannotApproveIt() {
        long account = fixtures.account("Quote TwentyTwo", "rep1");
        int id = create("rep1", account, List.of(savedConfiguration(AURA)), 22).then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).body("approval.level", equalTo("ADMIN"))
                .body("approval.decisions.rule", hasItem("Discount above 20 % needs an admin"))
                .extract().path("id");
        as("manager1").get("/api/quotes/approvals").then().body("id", not(hasItem(id)));
        QuoteApi.decide("manager1", id, "approve", "ok", 0).then().statusCode(403);
        QuoteApi.decide("admin1", id, "reject", " ", 0).then().statusCode(422);
        QuoteApi.decide("admin1", id, "reject", "Too deep for a single car", 0).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        // the rep revises: back to 10 %, no approval needed any more
        as("rep1").body(Map.of("discountPercent", 10, "version", 1)).put("/api/quotes/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("approval.level", nullValue()).body("total", equalTo(33192.0f));
    }

    @Test
    void aMarginBelowTheFloorIsRefusedNamingTheRule() {
        long account = fixtures.account("Quote Margin", "rep1");
        create("rep1", account, List.of(savedConfiguration(AURA)), 28).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].rule", equalTo("Margin below 5 % is refused"));
        as("rep1").get("/api/quotes?account=" + account).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void changingASentQuoteMakesTheNextRevisionKeepsTheOldOneAndRetiresItsLink() {
        long account = fixtures.account("Quote Revise", "rep1");
        int id = QuoteApi.draft("rep1", account);
        String token = QuoteApi.send("rep1", id);
        int version = QuoteApi.get("rep1", id).getInt("version");
        as("rep1").body(Map.of("discountPercent", 8, "version", version)).put("/api/quotes/" + id).then()
                .statusCode(200).body("revision", equalTo(2)).body("status", equalTo("DRAFT")).body("link", nullValue())
                .body("revisions[0].revision", equalTo(1)).body("revisions[0].snapshot.total", equalTo(35036.0f))
                .body("revisions[0].snapshot.status", equalTo("SENT")).body("total", equalTo(33929.6f));
        io.restassured.RestAssured.get("/api/public/quotes/" + token).then().statusCode(404);
        QuoteApi.accept(token, null).then().statusCode(404);
        String again = QuoteApi.send("rep1", id);
        assertThat(again).isNotEqualTo(token);
        io.restassured.RestAssured.get("/api/public/quotes/" + again).then().statusCode(200)
                .body("revision", equalTo(2)).body("total", equalTo(33929.6f)).body("open", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("marginPercent")));
        as("rep1").body(Map.of("discountPercent", 9, "version", version)).put("/api/quotes/" + id).then().statusCode(409);
    }

    @Test
    void repsSeeOnlyQuotesOfTheirAccountsAndOnlyTheOwnerOrTheirManagerChangesThem() {
        long account = fixtures.account("Quote Scope", "rep1");
        int id = QuoteApi.draft("rep1", account);
        as("rep2").get("/api/quotes/" + id).then().statusCode(404);
        as("rep2").get("/api/quotes").then().statusCode(200).body("id", not(hasItem(id)));
        as("rep2").post("/api/quotes/" + id + "/send").then().statusCode(404);
        as("manager1").get("/api/quotes/" + id).then().statusCode(200);
        as("admin1").get("/api/quotes").then().statusCode(200).body("id", hasItem(id));
        io.restassured.RestAssured.given().get("/api/quotes/" + id).then().statusCode(401);
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingWhatMayFollow() {
        long account = fixtures.account("Quote Illegal", "rep1");
        int id = QuoteApi.draft("rep1", account);
        QuoteApi.decide("admin1", id, "approve", "nothing to approve", 0).then().statusCode(409)
                .body("status", equalTo("DRAFT")).body("allowed", hasItem("SENT"));
        String token = QuoteApi.send("rep1", id);
        as("rep1").post("/api/quotes/" + id + "/send").then().statusCode(409).body("status", equalTo("SENT"));
        QuoteApi.decide("admin1", id, "reject", "too late", 2).then().statusCode(409);
        QuoteApi.accept(token, null).then().statusCode(201);
        int version = QuoteApi.get("rep1", id).getInt("version");
        as("rep1").body(Map.of("discountPercent", 1, "version", version)).put("/api/quotes/" + id).then()
                .statusCode(409).body("status", equalTo("ACCEPTED"));
        as("rep1").post("/api/quotes/" + id + "/send").then().statusCode(409);
        as("rep1").body(Map.of("discountPercent", 1)).put("/api/quotes/" + id).then().statusCode(400);
    }
}
