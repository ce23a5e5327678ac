package io.forecourt.opportunity;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls the opportunities API as a demo user, with a fluent builder for request bodies. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    static Body opportunity(long accountId, String name, String amount) {
        return new Body().with("accountId", accountId).with("name", name).with("amount", amount)
                .with("expectedCloseDate", "2030-06-30");
    }

    static Response move(String username, long id, String to, int version, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("version", version);
        body.put("note", note);
        return as(username).body(body).post("/api/opportunities/" + id + "/stage");
    }

    static final class Body {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Response post(String username) {
            return as(username).body(fields).post("/api/opportunities");
        }

        /** Creates it and answers its id. */
        int create(String username) {
            return post(username).then().statusCode(201).extract().path("id");
        }
    }
}
