package io.forecourt.catalog;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CatalogAdminPageTest {

    private String session;

    @BeforeEach
    void signIn() {
        session = Sessions.signIn("admin1");
    }

    private RequestSpecification asAdmin() {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private RequestSpecification upload(String fileName, String json) {
        Sessions.Csrf csrf = Sessions.csrfFrom("/admin/catalog", session);
        return asAdmin().cookie("csrf-token", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .multiPart("document", fileName, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void adminSeesEveryModelWithItsSizeAndVersion() {
        asAdmin().get("/admin/catalog").then().statusCode(200)
                .body(allOf(containsString("Product catalogue"), containsString("<code>AURA</code>"),
                        containsString("Terra"), containsString("Volta"),
                        containsString("href=\"/admin/catalog/VOLTA.json\""),
                        containsString("enctype=\"multipart/form-data\""), containsString("name=\"csrf-token\"")));
        asAdmin().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/catalog\""));
    }

    @Test
    void downloadGivesTheDocumentAsAFile() {
        asAdmin().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/admin/catalog/AURA.json").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"AURA.json\""))
                .body("code", equalTo("AURA")).body("groups.size()", equalTo(8));
    }

    @Test
    void goodDocumentIsSavedAndThePageSaysSo() {
        String location = upload("compact.json", ProductBuilder.car("T_PAGE_OK").json())
                .post("/admin/catalog").then().statusCode(303)
                .header("Location", endsWith("/admin/catalog?saved=T_PAGE_OK")).extract().header("Location");
        asAdmin().get(location).then().statusCode(200)
                .body(containsString("Saved Test car T_PAGE_OK (<code>T_PAGE_OK</code>): version 0"));
        given().get("/api/products/T_PAGE_OK").then().statusCode(200);
    }

    @Test
    void badDocumentIsShownWithItsLocatedErrorsAndNothingChanges() {
        String bad = ProductBuilder.car("T_PAGE_BAD").currency("Euro")
                .table("ENGINE_GEARBOX", List.of("ENGINE", "GEARBOX"), List.of("ENG_P100", "GB_CVT")).json();
        upload("bad.json", bad).post("/admin/catalog").then().statusCode(422)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("bad.json: The document has 2 errors; nothing was changed."),
                        containsString("<strong>product</strong>: The currency must be a three-letter code"),
                        containsString("<strong>table ENGINE_GEARBOX / row 1</strong>: Column GEARBOX: &quot;GB_CVT&quot; is not an option of group GEARBOX")));
        given().get("/api/products/T_PAGE_BAD").then().statusCode(404);
    }

    @Test
    void fileThatIsNotJsonIsExplained() {
        upload("notes.json", "these are my notes").post("/admin/catalog").then().statusCode(400)
                .body(containsString("notes.json: The document is not valid JSON (line 1, column"));
    }

    @Test
    void uploadWithoutTheCsrfTokenIsRefused() {
        asAdmin().multiPart("document", "csrf.json", ProductBuilder.car("T_PAGE_CSRF").json().getBytes(StandardCharsets.UTF_8),
                        "application/json")
                .post("/admin/catalog").then().statusCode(400).body(not(containsString("Saved")));
        given().get("/api/products/T_PAGE_CSRF").then().statusCode(404);
    }
}
