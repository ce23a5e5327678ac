package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product outside the cars' product line that shares their group and option codes (PACKAGES with
 * PKG_WINTER..., TRIM, INTERIOR, COLOUR) gets none of the cars' constraints, prices or defaults.
 */
@QuarkusTest
class RulesBelongToProductsTest {

    static final List<String> CHOICES = List.of("TRIM_BASE", "INT_LEATHER_BLACK", "COL_RED_METALLIC",
            "PKG_WINTER", "PKG_PARKING", "PKG_TECH", "PKG_SAFETY");

    static Map<String, Object> option(String code, int price) {
        return Map.of("code", code, "name", "Option " + code, "price", price);
    }

    static Map<String, Object> group(String code, boolean multiple, boolean required, int min, int max,
                                     List<Map<String, Object>> options) {
        return Map.of("code", code, "name", code, "multiple", multiple, "required", required, "min", min, "max", max,
                "order", 10, "options", options);
    }

    @BeforeEach
    void aProductSharingTheCarsCodes() {
        Map<String, Object> doc = Map.of("code", "T_SHARED", "name", "Same codes, other line", "basePrice", 10000,
                "currency", "EUR", "markets", List.of("DE"), "defaultMarket", "DE", "groups", List.of(
                        group("TRIM", false, true, 1, 1, List.of(option("TRIM_BASE", 0), option("TRIM_PREMIUM", 900))),
                        group("INTERIOR", false, true, 1, 1, List.of(option("INT_CLOTH_GREY", 0),
                                option("INT_LEATHER_BLACK", 700))),
                        group("COLOUR", false, true, 1, 1, List.of(option("COL_WHITE_SOLID", 0),
                                option("COL_RED_METALLIC", 300))),
                        group("PACKAGES", true, false, 0, 4, List.of(option("PKG_WINTER", 100), option("PKG_PARKING", 100),
                                option("PKG_TECH", 100), option("PKG_SAFETY", 100)))));
        given().auth().preemptive().basic("admin1", "demo").contentType("application/json").body(doc)
                .put("/api/admin/products/T_SHARED/document").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static JsonPath evaluate(String product, List<String> selections) {
        return ConfiguratorApiTest.evaluate(product, selections, "DE");
    }

    @Test
    void theCarsRulesSpeakOnACar() {
        JsonPath aura = evaluate("AURA", CHOICES);
        assertThat(aura.getList("violations.rule", String.class)).contains("Leather interior needs the Style or Premium trim");
        assertThat(aura.getList("price.adjustments.rule", String.class)).contains(
                "Comfort bundle: Winter and Parking packages together save 200",
                "Four packages earn a loyalty saving of 500");
    }

    @Test
    void constraintsPricesAndDefaultsDoNotLeakToAnotherProductWithTheSameCodes() {
        JsonPath shared = evaluate("T_SHARED", CHOICES);
        assertThat(shared.getList("violations", Map.class)).isEmpty();
        assertThat(shared.getBoolean("valid")).isTrue();
        assertThat(shared.getList("price.adjustments", Map.class)).as("no bundle, no four-package saving").isEmpty();
        assertThat(shared.getDouble("price.total")).isEqualTo(10000 + 700 + 300 + 400);
        assertThat(ConfiguratorApiTest.option(shared, "TRIM_BASE").get("available")).isEqualTo(true);

        JsonPath fresh = evaluate("T_SHARED", List.of());
        assertThat(fresh.getList("defaults", String.class)).as("the cars' 'Core trim' and 'Solid white' defaults")
                .isEmpty();
        assertThat(ConfiguratorApiTest.option(evaluate("T_SHARED", List.of("INT_LEATHER_BLACK")), "TRIM_BASE")
                .get("available")).as("leather does not grey out the Core trim here").isEqualTo(true);
    }
}
