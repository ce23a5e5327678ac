package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A market has its currency: UK cars are priced in pounds, the continent in euros. */
@QuarkusTest
class MarketCurrencyTest {

    @Test
    void ukCarsArePricedInPoundsFromTheirPriceList() {
        JsonPath de = ConfiguratorApiTest.evaluate("AURA", List.of("ENG_P150"), "DE");
        assertThat(de.getString("price.currency")).isEqualTo("EUR");
        assertThat(de.getDouble("price.base")).isEqualTo(24950.0);
        assertThat(de.getDouble("price.options[0].price")).isEqualTo(2350.0);

        JsonPath uk = ConfiguratorApiTest.evaluate("AURA", List.of("ENG_P150"), "UK");
        assertThat(uk.getString("price.currency")).isEqualTo("GBP");
        assertThat(uk.getDouble("price.base")).as("the UK list's own base price").isEqualTo(21495.0);
        assertThat(uk.getDouble("price.options[0].price")).as("2350 EUR at 0.86, whole pounds").isEqualTo(2021.0);
        assertThat(uk.getDouble("price.total")).isEqualTo(21495.0 + 2021.0);
    }

    @Test
    void aBundleSavingIsConvertedAndASavedConfigurationKeepsThePounds() {
        JsonPath uk = ConfiguratorApiTest.evaluate("AURA", List.of("PKG_WINTER", "PKG_PARKING"), "UK");
        assertThat(uk.getList("price.adjustments.amount", Float.class)).as("-200 EUR at 0.86").contains(-172.0f);

        String code = given().contentType("application/json")
                .body(Map.of("product", "AURA", "market", "UK", "selections", List.of("ENG_P150")))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        JsonPath saved = given().get("/api/configurations/" + code).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getString("price.currency")).isEqualTo("GBP");
        assertThat(saved.getString("market")).isEqualTo("UK");
    }

    @Test
    void theConfiguratorPageShowsPoundsInTheUk() {
        String page = given().get("/configure/AURA?market=UK").then().statusCode(200).extract().asString();
        assertThat(page).contains("GBP").doesNotContain("21,495 EUR");
    }
}
