package io.forecourt.activity;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the activities API as a demo user, with a fluent builder for request bodies. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    static Body plan(long accountId, String type, String purpose, String plannedAt) {
        return new Body().with("accountId", accountId).with("type", type).with("purpose", purpose)
                .with("plannedAt", plannedAt);
    }

    static Body log(long accountId, String type, String purpose, String doneAt) {
        return new Body().with("accountId", accountId).with("type", type).with("purpose", purpose)
                .with("doneAt", doneAt);
    }

    static final class Body {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Body override(String reason) {
            return with("override", Map.of("reason", reason));
        }

        Response post(String username) {
            return as(username).body(fields).post("/api/activities");
        }
    }
}
