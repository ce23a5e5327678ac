package io.forecourt.quote;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A quote is in the currency of its configurations' market: a UK car is quoted in pounds. */
@QuarkusTest
class QuoteCurrencyTest {

    @Inject
    QuoteFixtures fixtures;

    static String saved(String market) {
        return given().contentType("application/json")
                .body(Map.of("product", "AURA", "market", market, "selections", QuoteApi.AURA, "ready", true))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
    }

    @Test
    void aUkConfigurationIsQuotedInPoundsAndCurrenciesAreNotMixed() {
        long account = fixtures.account("Pounds Ltd", "rep1");
        QuoteApi.create("rep1", account, List.of(saved("UK")), 0).then().statusCode(201)
                .body("currency", equalTo("GBP"));
        QuoteApi.create("rep1", account, List.of(saved("DE")), 0).then().statusCode(201)
                .body("currency", equalTo("EUR"));
        QuoteApi.create("rep1", account, List.of(saved("UK"), saved("DE")), 0).then().statusCode(422)
                .body("violations.message", hasItem("All configurations of a quote are priced in one currency"));
    }
}
