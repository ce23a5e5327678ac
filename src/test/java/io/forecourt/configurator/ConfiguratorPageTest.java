package io.forecourt.configurator;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** The configurator as a customer without JavaScript uses it: plain forms, POST-redirect-GET. */
@QuarkusTest
class ConfiguratorPageTest {

    @Test
    void customersPickAModel() {
        given().accept("text/html").get("/configure").then().statusCode(200)
                .body(containsString("Configure the Aura")).body(containsString("Configure the Terra"))
                .body(containsString("Configure the Volta"));
    }

    @Test
    void aFreshStartShowsTheDefaultsChosenAndThePrice() {
        String html = given().accept("text/html").get("/configure/AURA").then().statusCode(200).extract().asString();
        assertThat(html).contains("value=\"COL_WHITE_SOLID\" checked").contains("value=\"ENG_P110\" checked")
                .contains("24,950 EUR");
    }

    @Test
    void aChangeIsPostedAndRedirectedToTheStatePage() {
        Sessions.Csrf csrf = Sessions.csrfFrom("/configure/AURA", null);
        Response post = given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("market", "DE")
                .formParam("opt_TRIM", "TRIM_BASE").formParam("opt_INTERIOR", "INT_LEATHER_BLACK")
                .post("/configure/AURA");
        assertThat(post.statusCode()).isEqualTo(303);
        String location = post.header("Location");
        assertThat(location).contains("/configure/AURA?s=").contains("INT_LEATHER_BLACK").contains("market=DE");
        String page = given().accept("text/html").get(location).then().statusCode(200).extract().asString();
        assertThat(page).contains("Leather seats come with the Style or Premium trim.")
                .contains("name=\"repair\"").contains("Replace Core with");
    }

    @Test
    void unavailableOptionsAreDisabledWithTheirReasonVisible() {
        String page = given().accept("text/html").get("/configure/AURA?s=TRIM_BASE&market=UK").then().statusCode(200)
                .extract().asString();
        int at = page.indexOf("value=\"ENG_D150\"");
        assertThat(page.substring(at, at + 200)).contains("disabled");
        assertThat(page).contains("not sold in the UK");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("opt_TRIM", "TRIM_BASE").post("/configure/AURA").then().statusCode(400);
    }

    @Test
    void savingGivesAShareablePage() {
        String state = String.join(",", SavedConfigurationTest.COMPLETE);
        Sessions.Csrf csrf = Sessions.csrfFrom("/configure/AURA?s=" + state, null);
        Response post = given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf.token())
                .formParam("s", state).formParam("market", "DE").formParam("name", "Sam").formParam("email", "")
                .post("/configure/AURA/save");
        assertThat(post.statusCode()).isEqualTo(303);
        String location = post.header("Location");
        given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString("Ready for a quote")).body(containsString("Sam"))
                .body(containsString("Still valid at the same price today"));
        assertThat(location).matches(".*/configurations/[2-9A-Z]{8}");
    }

    @Test
    void completeTheRestFillsEveryOpenGroupValidly() {
        Sessions.Csrf csrf = Sessions.csrfFrom("/configure/TERRA?s=ENG_E286", null);
        Response post = given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf.token())
                .formParam("market", "UK").formParam("opt_ENGINE", "ENG_E286").formParam("opt_TRIM", "TRIM_PREMIUM")
                .formParam("complete", "1").post("/configure/TERRA");
        String location = post.header("Location");
        assertThat(location).contains("ENG_E286").contains("TRIM_PREMIUM").contains("GB_AUTO1");
        given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString("Ready to order: every choice fits."));
    }
}
