package io.forecourt.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;


import static io.forecourt.catalog.CatalogApiTest.admin;
import static io.forecourt.catalog.CatalogApiTest.error;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CatalogCsvTest {

    private static final String TABLE = "/tables/ENGINE_GEARBOX.csv";

    private static String csvOf(String code) {
        return admin().get("/api/admin/products/" + code + TABLE).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
    }

    @Test
    void exportedTableImportsBackUnchanged() {
        CatalogApiTest.put("T_CSV_ROUND", ProductBuilder.car("T_CSV_ROUND").json());
        String csv = csvOf("T_CSV_ROUND");
        org.assertj.core.api.Assertions.assertThat(csv).isEqualTo(
                "ENGINE,GEARBOX,@market\r\nENG_P100,GB_MAN6,*\r\nENG_P100,GB_AUTO7,*\r\nENG_D120,GB_AUTO7,DE\r\n");
        admin().contentType("text/csv").header("If-Match", "\"0\"").body(csv)
                .put("/api/admin/products/T_CSV_ROUND" + TABLE)
                .then().statusCode(200).body("version", equalTo(1)).body("rowCount", equalTo(3));
        org.assertj.core.api.Assertions.assertThat(csvOf("T_CSV_ROUND")).isEqualTo(csv);
    }

    @Test
    void spreadsheetCsvWithSemicolonsAndOtherColumnOrderIsAccepted() {
        CatalogApiTest.put("T_CSV_SHEET", ProductBuilder.car("T_CSV_SHEET").json());
        String fromExcel = "\uFEFF@market;ENGINE;GEARBOX\r\nFR; ENG_D120 ;GB_MAN6\r\n*;ENG_P100;\"GB_AUTO7\"\r\n\r\n";
        admin().contentType("text/csv; charset=UTF-8").body(fromExcel).put("/api/admin/products/T_CSV_SHEET" + TABLE)
                .then().statusCode(200).body("rowCount", equalTo(2));
        admin().get("/api/admin/products/T_CSV_SHEET/document").then()
                .body("tables[0].rows", hasSize(2))
                .body("tables[0].rows[0]", contains("ENG_D120", "GB_MAN6", "FR"))
                .body("tables[0].rows[1]", contains("ENG_P100", "GB_AUTO7", "*"));
    }

    @Test
    void csvWithBadRowsIsRefusedNamingTheirLinesAndNothingChanges() {
        CatalogApiTest.put("T_CSV_BAD", ProductBuilder.car("T_CSV_BAD").json());
        String before = csvOf("T_CSV_BAD");
        String bad = "ENGINE,GEARBOX,@market\n"
                + "ENG_P100,GB_MAN6,*\n"
                + "ENG_P100,GB_SEMIAUTO,*\n"
                + "\n"
                + "ENG_D120,GB_AUTO7\n"
                + "ENG_D120,GB_AUTO7,US\n";
        admin().contentType("text/csv").body(bad).put("/api/admin/products/T_CSV_BAD" + TABLE)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors", hasItems(
                        error("table ENGINE_GEARBOX / line 3", "Column GEARBOX: \"GB_SEMIAUTO\" is not an option of group GEARBOX"),
                        error("table ENGINE_GEARBOX / line 5", "The row has 2 cells but the table has 3 columns"),
                        error("table ENGINE_GEARBOX / line 6", "Column @market: \"US\" is not one of the markets DE, FR, UK")));
        org.assertj.core.api.Assertions.assertThat(csvOf("T_CSV_BAD")).isEqualTo(before);
        admin().get("/api/admin/products").then().body("find { it.code == 'T_CSV_BAD' }.version", equalTo(0));
    }

    @Test
    void csvWithTheWrongHeaderIsRefusedAtLineOne() {
        CatalogApiTest.put("T_CSV_HEADER", ProductBuilder.car("T_CSV_HEADER").json());
        admin().contentType("text/csv").body("ENGINE,COLOUR\nENG_P100,COL_WHITE\n")
                .put("/api/admin/products/T_CSV_HEADER" + TABLE)
                .then().statusCode(422)
                .body("errors[0].where", equalTo("table ENGINE_GEARBOX / line 1"))
                .body("errors[0].message", containsString("must name the columns ENGINE, GEARBOX, @market"));
    }

    @Test
    void staleCsvEditIs409() {
        CatalogApiTest.put("T_CSV_STALE", ProductBuilder.car("T_CSV_STALE").json());
        admin().contentType("text/csv").queryParam("version", 3).body(csvOf("T_CSV_STALE"))
                .put("/api/admin/products/T_CSV_STALE" + TABLE).then().statusCode(409);
    }

    @Test
    void unknownTableIs404() {
        admin().get("/api/admin/products/AURA/tables/NO_SUCH_TABLE.csv").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("NO_SUCH_TABLE"));
        admin().contentType("text/csv").body("A\nB\n").put("/api/admin/products/AURA/tables/NO_SUCH_TABLE.csv")
                .then().statusCode(404);
    }

}
