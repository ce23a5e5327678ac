package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ConfiguratorApiTest {

    static JsonPath evaluate(String product, List<String> selections, String market) {
        Map<String, Object> body = market == null ? Map.of("product", product, "selections", selections)
                : Map.of("product", product, "selections", selections, "market", market);
        return given().contentType("application/json").body(body).post("/api/configurator/evaluate")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> option(JsonPath e, String code) {
        return e.getMap("groups.options.flatten().find { it.code == '" + code + "' }");
    }

    @Test
    void aFreshStartIsValidButIncompleteWithBasePriceAndDefaults() {
        JsonPath e = evaluate("AURA", List.of(), null);
        assertThat(e.getBoolean("valid")).isTrue();
        assertThat(e.getBoolean("complete")).isFalse();
        assertThat(e.getString("market")).isEqualTo("DE");
        assertThat(e.getDouble("price.total")).isEqualTo(24950.0);
        assertThat(e.getString("price.currency")).isEqualTo("EUR");
        assertThat(e.getString("rulesVersion")).hasSize(12);
        assertThat(e.getList("defaults", String.class)).contains("COL_WHITE_SOLID", "TRIM_BASE", "ENG_P110", "GB_MAN6");
        assertThat(e.getList("groups.code", String.class)).contains("ENGINE", "COLOUR", "PACKAGES", "TOWBAR");
    }

    @Test
    void priceAddsOptionsAndRuleAdjustments() {
        JsonPath e = evaluate("AURA", List.of("TRIM_PREMIUM", "PKG_PARKING", "PKG_WINTER"), null);
        assertThat(e.getList("price.adjustments.rule", String.class)).contains(
                "The Parking package is free with the Premium trim (Aura)",
                "Comfort bundle: Winter and Parking packages together save 200");
        // 24950 + 5900 + 690 + 490 - 690 - 200
        assertThat(e.getDouble("price.total")).isEqualTo(31140.0);
    }

    @Test
    void aBrokenRuleIsAViolationWithOneClickRepairs() {
        JsonPath e = evaluate("AURA", List.of("INT_LEATHER_BLACK", "TRIM_BASE"), null);
        assertThat(e.getBoolean("valid")).isFalse();
        assertThat(e.getList("violations.rule", String.class)).contains("Leather interior needs the Style or Premium trim");
        assertThat(e.getList("violations.find { it.rule.startsWith('Leather') }.options", String.class))
                .contains("INT_LEATHER_BLACK");
        List<Map<String, Object>> repairs = e.getList("repairs.findAll { it.rule.startsWith('Leather') }");
        assertThat(repairs).isNotEmpty();
        assertThat(repairs).anySatisfy(r -> assertThat(r.get("add").toString()).contains("TRIM_STYLE"));
        assertThat(repairs).anySatisfy(r -> assertThat(r.get("remove").toString()).contains("INT_LEATHER_BLACK"));
        // applying a repair gives a valid configuration
        @SuppressWarnings("unchecked")
        List<String> fixed = (List<String>) repairs.get(0).get("selections");
        assertThat(evaluate("AURA", fixed, null).getBoolean("valid")).isTrue();
    }

    @Test
    void optionsThatWouldLeadToADeadEndAreUnavailableWithTheReason() {
        JsonPath e = evaluate("AURA", List.of("TRIM_BASE"), null);
        Map<String, Object> leather = option(e, "INT_LEATHER_BLACK");
        assertThat(leather.get("available")).isEqualTo(false);
        assertThat((String) leather.get("reason")).contains("Leather interior needs the Style or Premium trim")
                .contains("Core");
        // the other trims stay available: choosing one replaces the base trim
        assertThat(option(e, "TRIM_PREMIUM").get("available")).isEqualTo(true);
        assertThat(option(e, "INT_CLOTH_GREY").get("available")).isEqualTo(true);
    }

    @Test
    void marketsDecideWhatCanBeOrdered() {
        JsonPath uk = evaluate("AURA", List.of(), "UK");
        assertThat(option(uk, "ENG_D150").get("available")).isEqualTo(false);
        assertThat((String) option(uk, "ENG_D150").get("reason")).contains("not sold in the UK");
        assertThat((String) option(uk, "ENG_D115").get("reason")).contains("Engine");
        assertThat(option(uk, "COL_YELLOW_SOLID").get("available")).isEqualTo(false);
        assertThat(option(evaluate("AURA", List.of(), "DE"), "COL_YELLOW_SOLID").get("available")).isEqualTo(true);
        JsonPath ukDiesel = evaluate("AURA", List.of("ENG_D150"), "UK");
        assertThat(ukDiesel.getList("violations.rule", String.class))
                .contains("The 150 and 200 hp diesels are not sold in the UK");
    }

    @Test
    void indirectConflictsAreFoundAhead() {
        // Yellow needs the Sport package, which needs 150 hp: with the 110 hp engine yellow is a dead end
        JsonPath e = evaluate("AURA", List.of("ENG_P110"), "DE");
        assertThat(option(e, "COL_YELLOW_SOLID").get("available")).isEqualTo(false);
        assertThat((String) option(e, "COL_YELLOW_SOLID").get("reason")).contains("110");
    }

    @Test
    void badInputGetsAClearAnswer() {
        given().contentType("application/json").body(Map.of("product", "NOPE", "selections", List.of()))
                .post("/api/configurator/evaluate").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("product", "AURA", "selections", List.of("ENG_P110", "WARP_DRIVE")))
                .post("/api/configurator/evaluate").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].options", hasItem("WARP_DRIVE")).body(not(containsString("Exception")));
        given().contentType("application/json").body(Map.of("product", "AURA", "selections", List.of("ENG_P110", "ENG_P150")))
                .post("/api/configurator/evaluate").then().statusCode(422)
                .body("violations[0].options", hasItem("ENG_P150"));
        given().contentType("application/json").body("{\"product\": \"AURA\", \"selections\": \"ENG_P110\"}")
                .post("/api/configurator/evaluate").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"selections\": []}")
                .post("/api/configurator/evaluate").then().statusCode(400)
                .body("errors.field", hasItem("product"));
        given().contentType("application/json").body(Map.of("product", "AURA", "market", "US"))
                .post("/api/configurator/evaluate").then().statusCode(422).body("title", equalTo("Unknown market"));
    }
}
