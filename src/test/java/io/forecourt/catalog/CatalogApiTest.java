package io.forecourt.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static io.restassured.config.RestAssuredConfig.newConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CatalogApiTest {

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin1", "demo")
                .config(newConfig().jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static void put(String code, String json) {
        admin().contentType("application/json").body(json).put("/api/admin/products/" + code + "/document")
                .then().statusCode(201);
    }

    @Test
    void anyoneSeesTheDemoModelsWithPrices() {
        given().get("/api/products").then().statusCode(200)
                .body("code", hasItems("AURA", "TERRA", "VOLTA"))
                .body("find { it.code == 'AURA' }.currency", equalTo("EUR"))
                .body("find { it.code == 'AURA' }.markets", contains("DE", "FR", "UK"))
                .body("find { it.code == 'AURA' }", not(hasKey("groups")));
    }

    @Test
    void aModelShowsItsGroupsInOrderAndSummarisesItsTables() {
        given().get("/api/products/TERRA").then().statusCode(200)
                .body("name", equalTo("Terra")).body("defaultMarket", equalTo("DE"))
                .body("groups.code", contains("ENGINE", "GEARBOX", "TRIM", "COLOUR", "INTERIOR", "WHEELS", "PACKAGES", "TOWBAR"))
                .body("groups.find { it.code == 'PACKAGES' }.multiple", equalTo(true))
                .body("groups.find { it.code == 'PACKAGES' }.max", equalTo(4))
                .body("groups.find { it.code == 'COLOUR' }.options[0].swatch", equalTo("#f3f3ef"))
                .body("tables.find { it.code == 'ENGINE_GEARBOX' }.columns", contains("ENGINE", "GEARBOX", "@market"))
                .body("tables.find { it.code == 'ENGINE_GEARBOX' }.rowCount", equalTo(8))
                .body("tables[0]", not(hasKey("rows")));
    }

    @Test
    void unknownModelIs404Problem() {
        given().get("/api/products/NOPE").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NOPE"));
    }

    @Test
    void importedModelIsVisibleToEveryone() {
        admin().contentType("application/json").body(ProductBuilder.car("T_API_NEW").json())
                .put("/api/admin/products/T_API_NEW/document")
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("code", equalTo("T_API_NEW")).body("version", equalTo(0))
                .body("groupCount", equalTo(5)).body("optionCount", equalTo(10)).body("rowCount", equalTo(3));
        given().get("/api/products").then().body("code", hasItem("T_API_NEW"));
        given().get("/api/products/T_API_NEW").then().statusCode(200)
                .body("groups.find { it.code == 'TOWBAR' }.required", equalTo(false))
                .body("tables[0].rowCount", equalTo(3));
    }

    @Test
    void replacingAModelAnswers200WithTheNextVersion() {
        put("T_API_REPLACE", ProductBuilder.car("T_API_REPLACE").json());
        admin().contentType("application/json").body(ProductBuilder.car("T_API_REPLACE").name("Renamed").json())
                .put("/api/admin/products/T_API_REPLACE/document")
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo("Renamed"));
        given().get("/api/products/T_API_REPLACE").then().body("name", equalTo("Renamed"));
    }

    @Test
    void exportGivesTheWholeDocumentWithTheContractNames() {
        admin().get("/api/admin/products/AURA/document").then().statusCode(200)
                .header("ETag", containsString("\""))
                .body("code", equalTo("AURA")).body("basePrice", equalTo(new java.math.BigDecimal("24950.00")))
                .body("groups[0]", hasKey("multiple")).body("groups[0]", hasKey("order"))
                .body("groups[0].options[0]", hasKey("swatch"))
                .body("groups[0].options[0].swatch", nullValue())
                .body("tables[0].rows[0]", contains("ENG_P110", "GB_MAN6", "*"));
    }

    @Test
    void documentWithSeveralErrorsIsRefusedWithEachLocatedAndNothingChanges() {
        put("T_API_BAD", ProductBuilder.car("T_API_BAD").json());
        String bad = ProductBuilder.car("T_API_BAD").name("Should not be stored").basePrice("-1").currency("euro")
                .defaultMarket("US")
                .group(ProductBuilder.single("ENGINE", true, 60, ProductBuilder.option("ENG_X", "0")))
                .group(new GroupDocument("SEATS", "Seats", true, false, 3, 1, 70,
                        List.of(ProductBuilder.option("ENG_P100", "0"))))
                .table("ENGINE_GEARBOX", List.of("ENGINE", "GEARBOX", "@market"),
                        List.of("ENG_P100", "GB_MAN6", "*"), List.of("ENG_P100", "GB_NOPE", "*"),
                        List.of("ENG_P100", "GB_MAN6"), List.of("GB_MAN6", "-", "US"))
                .json();
        admin().contentType("application/json").body(bad).put("/api/admin/products/T_API_BAD/document")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body("errors", hasItems(
                        error("product", "The base price must not be negative (it is -1)"),
                        error("product", "The currency must be a three-letter code such as EUR (it is \"euro\")"),
                        error("product", "The default market US is not one of the markets DE, FR, UK"),
                        error("group ENGINE", "Group code ENGINE is used by an earlier group too"),
                        error("group SEATS", "min is greater than max (it has min 3, max 1)"),
                        error("group SEATS / option ENG_P100", "Option code ENG_P100 is already used in group ENGINE"),
                        error("table ENGINE_GEARBOX / row 2", "Column GEARBOX: \"GB_NOPE\" is not an option of group GEARBOX"),
                        error("table ENGINE_GEARBOX / row 3", "The row has 2 cells but the table has 3 columns"),
                        error("table ENGINE_GEARBOX / row 4", "Column ENGINE: \"GB_MAN6\" is an option of group GEARBOX, not ENGINE"),
                        error("table ENGINE_GEARBOX / row 4", "Column GEARBOX: \"-\" (no choice) is not allowed: group GEARBOX is required"),
                        error("table ENGINE_GEARBOX / row 4", "Column @market: \"US\" is not one of the markets DE, FR, UK")));
        given().get("/api/products/T_API_BAD").then().statusCode(200)
                .body("name", equalTo("Test car T_API_BAD")).body("basePrice", equalTo(19990.0f));
        admin().get("/api/admin/products").then().body("find { it.code == 'T_API_BAD' }.version", equalTo(0));
    }

    static org.hamcrest.Matcher<java.util.Map<? extends String, ?>> error(String where, String message) {
        return org.hamcrest.Matchers.allOf(hasEntry("where", where), hasEntry("message", message));
    }

    @Test
    void bodyCodeMustMatchTheAddress() {
        admin().contentType("application/json").body(ProductBuilder.car("T_API_OTHER").json())
                .put("/api/admin/products/T_API_ELSEWHERE/document")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("The document's code T_API_OTHER differs from T_API_ELSEWHERE in the address"));
        given().get("/api/products/T_API_ELSEWHERE").then().statusCode(404);
    }

    @Test
    void malformedJsonAndUnknownFieldsAre400() {
        admin().contentType("application/json").body("{\"code\": \"T_API_BROKEN\", ")
                .put("/api/admin/products/T_API_BROKEN/document")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        admin().contentType("application/json")
                .body(ProductBuilder.car("T_API_TYPO").json().replace("\"required\":false", "\"requird\":false"))
                .put("/api/admin/products/T_API_TYPO/document")
                .then().statusCode(400).body("detail", containsString("Unknown field 'groups[3].requird'"));
    }

    @Test
    void staleVersionIs409AndCurrentVersionIsAccepted() {
        put("T_API_STALE", ProductBuilder.car("T_API_STALE").json());
        admin().contentType("application/json").header("If-Match", "\"0\"")
                .body(ProductBuilder.car("T_API_STALE").name("First edit").json())
                .put("/api/admin/products/T_API_STALE/document").then().statusCode(200).body("version", equalTo(1));
        admin().contentType("application/json").header("If-Match", "\"0\"")
                .body(ProductBuilder.car("T_API_STALE").name("Lost edit").json())
                .put("/api/admin/products/T_API_STALE/document").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("version 1, not 0"));
        admin().contentType("application/json").queryParam("version", 0)
                .body(ProductBuilder.car("T_API_STALE").name("Lost edit").json())
                .put("/api/admin/products/T_API_STALE/document").then().statusCode(409);
        given().get("/api/products/T_API_STALE").then().body("name", equalTo("First edit"));
    }

    @Test
    void deletedModelIsGone() {
        put("T_API_DELETE", ProductBuilder.car("T_API_DELETE").json());
        admin().header("If-Match", "\"7\"").delete("/api/admin/products/T_API_DELETE").then().statusCode(409);
        admin().delete("/api/admin/products/T_API_DELETE").then().statusCode(204);
        given().get("/api/products/T_API_DELETE").then().statusCode(404);
        admin().delete("/api/admin/products/T_API_DELETE").then().statusCode(404);
    }
}
