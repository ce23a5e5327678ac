package io.forecourt.catalog;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CatalogSecurityTest {

    /**
     * Every admin call with a body that would otherwise be fine. Writes aim at a test product, so a
     * security hole fails this test without spoiling the demo models for the others.
     */
    private static final List<Function<RequestSpecification, io.restassured.response.Response>> ADMIN_API = List.of(
            r -> r.get("/api/admin/products"),
            r -> r.get("/api/admin/products/AURA/document"),
            r -> r.contentType("application/json").body(ProductBuilder.car("T_SECURED").json())
                    .put("/api/admin/products/T_SECURED/document"),
            r -> r.delete("/api/admin/products/T_SECURED"),
            r -> r.get("/api/admin/products/AURA/tables/ENGINE_GEARBOX.csv"),
            r -> r.contentType("text/csv").body("ENGINE,GEARBOX,@market\nENG_P100,GB_MAN6,*\n")
                    .put("/api/admin/products/T_SECURED/tables/ENGINE_GEARBOX.csv"));

    @Test
    void strangersAreAskedToSignInOnEveryAdminCall() {
        for (var call : ADMIN_API) {
            call.apply(given()).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void nonAdminsAreForbiddenEveryAdminCall() {
        for (String user : List.of("rep1", "manager1", "customer1")) {
            for (var call : ADMIN_API) {
                call.apply(given().auth().preemptive().basic(user, "demo")).then().statusCode(403)
                        .contentType("application/problem+json");
            }
        }
        given().get("/api/products/AURA").then().statusCode(200).body("name", equalTo("Aura"));
    }

    @Test
    void adminPagesNeedAnAdmin() {
        given().redirects().follow(false).accept("text/html").get("/admin/catalog")
                .then().statusCode(303).header("Location", containsString("/login"));
        String rep = Sessions.signIn("rep1");
        given().cookie("forecourt-session", rep).accept("text/html").get("/admin/catalog").then().statusCode(403);
        given().cookie("forecourt-session", rep).accept("text/html,*/*;q=0.8").get("/admin/catalog/AURA.json")
                .then().statusCode(403);
        Sessions.Csrf csrf = Sessions.csrfFrom("/my-day", rep);
        given().cookie("forecourt-session", rep).cookie("csrf-token", csrf.cookie())
                .multiPart("csrf-token", csrf.token())
                .multiPart("document", "t.json", ProductBuilder.car("T_SECURED").json().getBytes(), "application/json")
                .post("/admin/catalog").then().statusCode(403);
        given().get("/api/products/T_SECURED").then().statusCode(404);
    }
}
