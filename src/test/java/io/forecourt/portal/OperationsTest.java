package io.forecourt.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessMetricsAndOpenApiAreServed() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/me"));
    }

    @Test
    void landingPageInvitesCustomersToConfigure() {
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("Start configuring"))
                .body(containsString("/css/forecourt.css"))
                .body(containsString("name=\"viewport\""));
    }

    @Test
    void stylesAndScriptsAreServedByTheApp() {
        given().get("/css/forecourt.css").then().statusCode(200).body(containsString("@media"));
        given().get("/js/forecourt.js").then().statusCode(200);
    }
}
