package io.forecourt.lead;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls the leads API as a demo user, with a fluent builder of unique leads (no test sees another's). */
final class Leads {

    private Leads() {
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Eight random digits after a French mobile prefix, so no other test's phone matches. */
    static String digits() {
        return String.valueOf(10_000_000 + (long) (Math.random() * 89_999_999));
    }

    static Body lead(String name) {
        return new Body().with("name", name);
    }

    static final class Body {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Response post(String username) {
            return as(username).body(fields).post("/api/leads");
        }

        long createdBy(String username) {
            return post(username).then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }
}
