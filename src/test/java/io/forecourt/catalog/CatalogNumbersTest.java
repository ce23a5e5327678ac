package io.forecourt.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.forecourt.catalog.CatalogApiTest.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** The import checks numbers and the served JSON Schema; each error says where it is (a JSON pointer). */
@QuarkusTest
class CatalogNumbersTest {

    @Test
    void theSchemaIsServedToAnyone() {
        given().get("/api/schemas/catalog-document.json").then().statusCode(200)
                .contentType(containsString("application/schema+json"))
                .body("title", equalTo("Forecourt catalogue document"))
                .body("required", hasItems("code", "groups", "basePrice"))
                .body("$defs.priceList.required", hasItems("market", "currency", "rate"));
    }

    @Test
    void aNegativePriceIsRefusedWithItsPlaceAndCustomersNeverSeeIt() {
        String bad = ProductBuilder.car("T_NUM_NEG")
                .replaceGroup(ProductBuilder.single("TOWBAR", false, 40, ProductBuilder.option("TOW_FIXED", "-100")))
                .json();
        admin().contentType("application/json").body(bad).put("/api/admin/products/T_NUM_NEG/document")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasItem(allOf(hasEntry("where", "group TOWBAR / option TOW_FIXED"),
                        hasEntry("message", "The price must not be negative (it is -100)"),
                        hasEntry("pointer", "/groups/3/options/0/price"))));
        given().get("/api/products/T_NUM_NEG").then().statusCode(404);
    }

    @Test
    void fractionsOfACentAndAbsurdAmountsAreRefused() {
        String bad = ProductBuilder.car("T_NUM_ODD").basePrice("19990.999")
                .replaceGroup(ProductBuilder.single("TOWBAR", false, 40, ProductBuilder.option("TOW_FIXED", "250000000")))
                .json();
        admin().contentType("application/json").body(bad).put("/api/admin/products/T_NUM_ODD/document")
                .then().statusCode(422)
                .body("errors.pointer", hasItems("/basePrice", "/groups/3/options/0/price"))
                .body("errors.message", hasItem("The base price has more than two decimals (it is 19990.999)"));
    }

    @Test
    void whatOnlyTheSchemaSaysIsReportedToo() {
        String bad = ProductBuilder.car("T_NUM_SCHEMA").json().replaceFirst("\"description\":null", "\"description\":42");
        admin().contentType("application/json").body(bad).put("/api/admin/products/T_NUM_SCHEMA/document")
                .then().statusCode(422)
                .body("errors", hasItem(allOf(hasEntry("pointer", "/groups/0/options/0/description"),
                        hasEntry("where", "field /groups/0/options/0/description"))));
    }

    @Test
    void aPriceListMustNameAMarketOfTheProductARateAndRealOptions() {
        String bad = ProductBuilder.car("T_NUM_LIST").json().replace("\"priceLists\":[]", "\"priceLists\":["
                + "{\"market\":\"US\",\"currency\":\"USD\",\"rate\":1.1},"
                + "{\"market\":\"UK\",\"currency\":\"GBP\",\"rate\":0,\"prices\":{\"ENG_NOPE\":100,\"GB_AUTO7\":-5}}]");
        admin().contentType("application/json").body(bad).put("/api/admin/products/T_NUM_LIST/document")
                .then().statusCode(422)
                .body("errors.pointer", hasItems("/priceLists/0/market", "/priceLists/1/rate",
                        "/priceLists/1/prices/ENG_NOPE", "/priceLists/1/prices/GB_AUTO7"));
        List<String> ok = List.of(ProductBuilder.car("T_NUM_LIST").json().replace("\"priceLists\":[]", "\"priceLists\":["
                + "{\"market\":\"UK\",\"currency\":\"GBP\",\"rate\":0.86,\"prices\":{\"GB_AUTO7\":1595}}]"));
        admin().contentType("application/json").body(ok.get(0)).put("/api/admin/products/T_NUM_LIST/document")
                .then().statusCode(201);
    }
}
