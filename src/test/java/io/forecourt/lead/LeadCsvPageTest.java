package io.forecourt.lead;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The leads page's download uses the sign-in session and gives CSV; sources read as names, not codes. */
@QuarkusTest
class LeadCsvPageTest {

    @Test
    void aSignedInRepDownloadsTheirLeadsAsCsvFromThePage() {
        String name = "Csv Page " + Leads.unique();
        Leads.lead(name).with("city", "Lyon").createdBy("rep1");
        String rep = Sessions.signIn("rep1");
        given().cookie("forecourt-session", rep).accept("text/html").get("/leads").then().statusCode(200)
                .body(containsString("href=\"/leads/export.csv\"")).body(not(containsString("/api/leads.csv")));
        given().cookie("forecourt-session", rep).redirects().follow(false).get("/leads/export.csv").then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("leads.csv"))
                .body(startsWith("id,name,")).body(containsString(name)).body(not(containsString("{")));
        given().cookie("forecourt-session", Sessions.signIn("rep2")).get("/leads/export.csv").then().statusCode(200)
                .body(not(containsString(name)));
        given().redirects().follow(false).get("/leads/export.csv").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303, 401));
    }

    @Test
    void leadSourcesReadAsNames() {
        String email = Leads.unique() + "@source.example.com";
        given().contentType("application/json")
                .body(java.util.Map.of("product", "AURA", "selections", java.util.List.of(), "name", "Sam Source", "email", email))
                .post("/api/configurations").then().statusCode(201);
        given().cookie("forecourt-session", Sessions.signIn("admin1")).accept("text/html").get("/leads?q=" + email).then()
                .statusCode(200).body(containsString("Web configurator")).body(not(containsString("WEB_CONFIGURATOR")));
    }
}
