package io.forecourt.quote;

import io.forecourt.testing.RulesFolderTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.forecourt.quote.QuoteApi.accept;
import static io.forecourt.quote.QuoteApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class QuoteAcceptTest {

    @Inject
    QuoteFixtures fixtures;

    @Test
    void theCustomerAcceptsThroughTheLinkAndExactlyOneOrderIsPlaced() {
        long account = fixtures.account("Accept Once", "rep1");
        int id = QuoteApi.draft("rep1", account);
        String token = QuoteApi.send("rep1", id);
        given().get("/api/public/quotes/" + token).then().statusCode(200).body("status", equalTo("SENT"))
                .body("open", equalTo(true)).body("salesContact", equalTo("Rafael Rep"));
        int order = accept(token, null).then().statusCode(201).body("number", matchesPattern("O-\\d{6}"))
                .body("status", equalTo("PLACED")).body("quote.id", equalTo(id)).body("total", equalTo(35036.0f))
                .body("history[0].to", equalTo("PLACED")).body("history[0].by", equalTo("Customer"))
                .extract().path("id");
        accept(token, null).then().statusCode(200).body("id", equalTo(order));
        given().contentType("application/json").post("/api/public/quotes/" + token + "/decline").then().statusCode(409);
        as("rep1").get("/api/quotes/" + id).then().body("status", equalTo("ACCEPTED")).body("orderId", equalTo(order));
        as("rep1").get("/api/orders?account=" + account).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        String token = QuoteApi.sent("rep1", fixtures.account("Accept Replay", "rep1"));
        int order = accept(token, "key-1").then().statusCode(201).extract().path("id");
        accept(token, "key-1").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(order))
                .body("status", equalTo("PLACED"));
        accept(token, "key-2").then().statusCode(200).body("id", equalTo(order));
        accept(token, "key-2").then().statusCode(200).header("Idempotent-Replayed", "true");
    }

    @Test
    void fiftyConcurrentAcceptsGiveOneOrderAndEveryAnswerNamesIt() throws Exception {
        String token = QuoteApi.sent("rep1", fixtures.account("Accept Rush", "rep1"));
        int threads = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String key = "rush-" + i;
                Callable<Response> call = () -> {
                    start.await();
                    return accept(token, key);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new HashMap<>();
            List<Object> named = new ArrayList<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                named.add(r.statusCode() == 409 ? r.path("orderId") : r.path("id"));
            }
            assertThat(byStatus.get(201)).as("answers by status " + byStatus).isEqualTo(1);
            assertThat(byStatus.keySet()).as("answers by status").isSubsetOf(200, 201, 409);
            assertThat(named).doesNotContainNull().containsOnly(named.get(0));
        } finally {
            pool.shutdownNow();
        }
        as("admin1").get("/api/orders").then().body("findAll { it.quote.id == " + quoteOf(token) + " }.size()", equalTo(1));
    }

    private int quoteOf(String token) {
        return as("admin1").get("/api/quotes").then().extract().jsonPath()
                .getInt("find { it.link != null && it.link.endsWith('" + token + "') }.id");
    }

    @Test
    void anExpiredQuoteCannotBeAcceptedAndShowsAsExpired() {
        long account = fixtures.account("Accept Late", "rep1");
        int id = QuoteApi.draft("rep1", account);
        String token = QuoteApi.send("rep1", id);
        fixtures.validUntil(id, LocalDate.now().minusDays(1));
        accept(token, "late").then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Quote expired"));
        as("rep1").get("/api/quotes/" + id).then().body("status", equalTo("EXPIRED"))
                .body("history.to", hasItem("EXPIRED"));
        accept(token, "late").then().statusCode(409);
        as("rep1").get("/api/orders?account=" + account).then().body("size()", equalTo(0));
    }

    @Test
    void aDeclinedQuoteIsNotAccepted() {
        String token = QuoteApi.sent("rep1", fixtures.account("Accept Declined", "rep1"));
        given().contentType("application/json").post("/api/public/quotes/" + token + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        accept(token, null).then().statusCode(409).body("status", equalTo("DECLINED"));
        given().contentType("application/json").post("/api/public/quotes/" + token + "/accept-nothing").then().statusCode(404);
        given().contentType("application/json").post("/api/public/quotes/qNOSUCHTOKEN/accept").then().statusCode(404);
    }

    @Test
    void aConfigurationNoLongerValidUnderTodaysRulesIsRefusedWithTheReasons() throws Exception {
        long account = fixtures.account("Accept Revalidate", "rep1");
        int id = QuoteApi.draft("rep1", account);
        String token = QuoteApi.send("rep1", id);
        Path rule = Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class))
                .resolve("configurator").resolve("cars").resolve("zz-quote-test.drl");
        try {
            Files.writeString(rule, """
                    package forecourt.configurator.quotetest
                    import io.forecourt.configurator.rules.Chosen
                    global io.forecourt.configurator.rules.Outcome outcome
                    rule "Blue metallic is withdrawn"
                    when
                        Chosen(code == "COL_BLUE_METALLIC")
                    then
                        outcome.violation(drools, "Blue metallic is no longer produced.");
                    end
                    """);
            reload();
            accept(token, "after-rule-change").then().statusCode(422).contentType("application/problem+json")
                    .body("reasons[0].rule", equalTo("Blue metallic is withdrawn"))
                    .body("reasons[0].message", equalTo("Blue metallic is no longer produced."));
            as("rep1").get("/api/quotes/" + id).then().body("status", equalTo("SENT"));
            as("rep1").get("/api/orders?account=" + account).then().body("size()", equalTo(0));
            // the rep revises the quote with the car in red: revision 2 goes out and is accepted
            List<String> red = new ArrayList<>(QuoteApi.AURA);
            red.set(red.indexOf("COL_BLUE_METALLIC"), "COL_RED_METALLIC");
            int version = QuoteApi.get("rep1", id).getInt("version");
            as("rep1").body(Map.of("configurations", List.of(QuoteApi.savedConfiguration(red)), "version", version))
                    .put("/api/quotes/" + id).then().statusCode(200).body("revision", equalTo(2));
            accept(QuoteApi.send("rep1", id), "revised").then().statusCode(201).body("quote.revision", equalTo(2));
        } finally {
            Files.deleteIfExists(rule);
            reload();
        }
        accept(token, "after-rule-change").then().statusCode(404);
    }

    static void reload() {
        as("admin1").post("/api/admin/rules/reload").then().statusCode(200);
    }

    @Test
    void acceptingAQuoteWinsItsOpportunity() {
        long account = fixtures.account("Accept Opportunity", "rep1");
        int opportunity = as("rep1").body(Map.of("accountId", account, "name", "Aura for the boss", "amount", "35000",
                "expectedCloseDate", "2030-01-31")).post("/api/opportunities").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("account", account);
        body.put("opportunity", opportunity);
        body.put("configurations", List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)));
        int id = as("rep1").body(body).post("/api/quotes").then().statusCode(201)
                .body("opportunityId", equalTo(opportunity)).extract().path("id");
        as("rep1").get("/api/opportunities/" + opportunity).then().body("quotes[0].id", equalTo(id))
                .body("quotes[0].status", equalTo("DRAFT"));
        long other = fixtures.account("Accept Other", "rep1");
        body.put("account", other);
        as("rep1").body(body).post("/api/quotes").then().statusCode(422);
        accept(QuoteApi.send("rep1", id), null).then().statusCode(201);
        as("rep1").get("/api/opportunities/" + opportunity).then().body("stage", equalTo("CLOSED_WON"))
                .body("quotes[0].status", equalTo("ACCEPTED"));
    }
}
