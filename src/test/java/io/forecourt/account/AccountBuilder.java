package io.forecourt.account;

import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test accounts made through the API, each with a unique name so tests never see each other's. */
final class AccountBuilder {

    private final Map<String, Object> body = new HashMap<>();

    private AccountBuilder(String name) {
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("status", "PROSPECT");
        body.put("city", "Lyon 2e");
        body.put("country", "FR");
    }

    static AccountBuilder account(String name) {
        return new AccountBuilder(name);
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo");
    }

    AccountBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    String name() {
        return (String) body.get("name");
    }

    Map<String, Object> body() {
        return new HashMap<>(body);
    }

    /** Creates the account as this user and answers its id. */
    long createdBy(String username) {
        return ((Number) as(username).contentType("application/json").body(body)
                .post("/api/accounts").then().statusCode(201).extract().path("id")).longValue();
    }

    /** Adds a contact to the account as this user and answers its id. */
    static long contact(String username, long accountId, String lastName) {
        return ((Number) as(username).contentType("application/json")
                .body(Map.of("firstName", "Test", "lastName", lastName))
                .post("/api/accounts/" + accountId + "/contacts").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
