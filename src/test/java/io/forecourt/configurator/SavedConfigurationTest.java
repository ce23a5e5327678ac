package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SavedConfigurationTest {

    static final List<String> COMPLETE = List.of("ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC",
            "INT_LEATHER_BLACK", "WHEEL_18_ALLOY", "PKG_WINTER");

    static Map<String, Object> body(List<String> selections, Object... more) {
        Map<String, Object> m = new HashMap<>(Map.of("product", "AURA", "selections", selections));
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    @Test
    void aValidCompleteConfigurationIsSavedReadyWithItsPriceFrozen() {
        String code = given().contentType("application/json")
                .body(body(COMPLETE, "name", "Jo Buyer", "email", "jo@example.com"))
                .post("/api/configurations").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", matchesPattern("[2-9A-Z]{8}"))
                .body("status", equalTo("READY"))
                .body("valid", equalTo(true)).body("complete", equalTo(true))
                .body("price.total", equalTo(24950f + 2350 + 2050 + 2950 + 790 + 1950 + 1350 + 490))
                .extract().path("code");
        given().get("/api/configurations/" + code).then().statusCode(200)
                .body("selections", hasItem("TRIM_STYLE"))
                .body("email", equalTo("jo@example.com"))
                .body("today.valid", equalTo(true))
                .body("today.priceChanged", equalTo(false))
                .body("today.rulesChanged", equalTo(false))
                .body("link", equalTo("/configurations/" + code));
    }

    @Test
    void anInvalidConfigurationIsOnlyEverADraft() {
        List<String> conflict = List.of("INT_LEATHER_BLACK", "TRIM_BASE");
        given().contentType("application/json").body(body(conflict)).post("/api/configurations")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("valid", equalTo(false));
        given().contentType("application/json").body(body(conflict, "ready", true)).post("/api/configurations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.rule", hasItem("Leather interior needs the Style or Premium trim"));
        given().contentType("application/json").body(body(List.of("ENG_P110"), "ready", true)).post("/api/configurations")
                .then().statusCode(422).body("incompleteGroups", hasItem("COLOUR"));
    }

    @Test
    void unknownCodesAndBadEmailsAreRefused() {
        given().get("/api/configurations/NOSUCH42").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(body(COMPLETE, "email", "not-an-email"))
                .post("/api/configurations").then().statusCode(400).body("errors.field", hasItem("email"));
    }
}
