package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** The second demo product line, the Pulse e-bike (rules/configurator/ebikes): loaded, evaluated, priced. */
@QuarkusTest
class EbikeProductLineTest {

    static final List<String> CARGO = List.of("FRAME_CARGO", "MOT_MID85", "BAT_750", "DRV_HUB5", "COL_GRAPHITE",
            "SEAT_BENCH", "PKG_COMFORT");

    static JsonPath evaluate(List<String> selections, String market) {
        return ConfiguratorApiTest.evaluate("PULSE", selections, market);
    }

    @Test
    void theEbikeIsLoadedWithTheDemoDataAndOfferedBesideTheCars() {
        given().get("/api/products").then().statusCode(200).body("code", hasItem("PULSE"));
        given().get("/configure").then().statusCode(200).body(containsString("href=\"/configure/PULSE\""));
        given().get("/configure/PULSE").then().statusCode(200)
                .body(containsString("Accessory packs"), containsString("Cargo bench for two children"));
    }

    @Test
    void aFreshBikeStartsFromItsOwnDefaultsAndIsValid() {
        JsonPath fresh = evaluate(List.of(), null);
        assertThat(fresh.getList("defaults", String.class))
                .containsExactlyInAnyOrder("FRAME_TREK", "MOT_MID65", "BAT_500", "DRV_CHAIN9", "COL_SAGE");
        assertThat(fresh.getBoolean("valid")).isTrue();
        assertThat(fresh.getBoolean("complete")).isFalse();
    }

    @Test
    void aCompleteCargoBikeIsPricedWithItsRulesAndTheCarsSavingNeverApplies() {
        JsonPath cargo = evaluate(CARGO, "DE");
        assertThat(cargo.getBoolean("valid")).isTrue();
        assertThat(cargo.getBoolean("complete")).isTrue();
        assertThat(cargo.getList("price.adjustments.rule", String.class))
                .containsExactly("The comfort pack is free with the cargo frame");
        assertThat(cargo.getDouble("price.total")).isEqualTo(2490 + 900 + 850 + 450 + 390 + 290 + 160 - 160);
        assertThat(cargo.getString("price.currency")).isEqualTo("EUR");

        JsonPath fourPacks = evaluate(List.of("FRAME_TREK", "MOT_MID85", "BAT_750", "PKG_COMMUTE", "PKG_SECURITY",
                "PKG_COMFORT", "PKG_WEATHER"), "DE");
        assertThat(fourPacks.getList("price.adjustments.rule", String.class)).as("four packs, but not the cars' bundle")
                .containsExactly("Commuter and security packs together save 80");
        assertThat(evaluate(CARGO, "UK").getString("price.currency")).isEqualTo("GBP");
    }

    @Test
    void rulesTablesAndTheirChainsKeepTheCustomerOutOfDeadEnds() {
        JsonPath hub = evaluate(List.of("MOT_HUB"), "DE");
        // the hub motor takes 500 or 625 Wh (table), the all-weather pack needs 750 Wh or more (rule)
        Map<String, Object> weather = ConfiguratorApiTest.option(hub, "PKG_WEATHER");
        assertThat(weather.get("available")).isEqualTo(false);
        assertThat(String.valueOf(weather.get("reason"))).contains("Rear hub motor");
        assertThat(ConfiguratorApiTest.option(hub, "FRAME_CARGO").get("available")).isEqualTo(false);
        // the cargo bench fits the long-tail only (table with "-" and "*")
        assertThat(ConfiguratorApiTest.option(evaluate(List.of("FRAME_STEP"), "DE"), "SEAT_BENCH").get("available"))
                .isEqualTo(false);
        // speed pedelecs are sold in Germany and France only (@market)
        assertThat(ConfiguratorApiTest.option(evaluate(List.of(), "UK"), "MOT_SPEED").get("available")).isEqualTo(false);
        assertThat(ConfiguratorApiTest.option(evaluate(List.of(), "DE"), "MOT_SPEED").get("available")).isEqualTo(true);

        JsonPath speedChain = evaluate(List.of("MOT_SPEED", "DRV_CHAIN9", "SEAT_REAR"), "DE");
        assertThat(speedChain.getBoolean("valid")).isFalse();
        assertThat(speedChain.getList("violations.rule", String.class)).contains("Speed pedelecs shift with a hub",
                "No child seat on a speed pedelec");
        assertThat(speedChain.getList("repairs", Map.class)).isNotEmpty();
    }
}
