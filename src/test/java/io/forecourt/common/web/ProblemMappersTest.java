package io.forecourt.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void malformedJsonIs400() {
        given().contentType("application/json").body("{\"name\": \"x\", ").post("/api/test-probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Malformed request"))
                .body(not(containsString("jackson")));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        given().contentType("application/json").body("{\"name\": \"x\", \"quantity\": \"many\"}")
                .post("/api/test-probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("quantity"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void beanValidationIs400ListingTheFields() {
        given().contentType("application/json").body("{\"name\": \"\", \"quantity\": 0}")
                .post("/api/test-probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "quantity"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void unknownPageIs404Page() {
        given().accept("text/html").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Not Found"));
    }

    @Test
    void staleVersionIs409WithoutSql() {
        given().get("/api/test-probe/stale").then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body(not(containsString("UPDATE")));
    }

    @Test
    void ruleViolationIs422WithViolations() {
        given().get("/api/test-probe/rule").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].rule", equalTo("Leather interior requires premium trim"))
                .body("violations[0].options[0]", equalTo("INT_LEATHER"));
    }

    @Test
    void unexpectedFailureIs500WithCorrelationIdAndNoInternals() {
        given().get("/api/test-probe/boom").then().statusCode(500).contentType("application/problem+json")
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(allOf(not(containsString("IllegalState")), not(containsString("select")),
                        not(containsString("io.forecourt"))));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().delete("/api/me").then().statusCode(405).contentType("application/problem+json")
                .body("title", notNullValue());
    }

    @Test
    void aFormPostToTheApiWithoutCsrfTokenStillGetsAProblem() {
        given().auth().preemptive().basic("admin1", "demo").contentType("application/x-www-form-urlencoded")
                .post("/api/admin/rules/reload").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("CSRF"));
    }
}
