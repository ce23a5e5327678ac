package io.forecourt.security.tokens;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Token calls as a client makes them. */
final class TokenApi {

    record Made(long id, String secret) {
    }

    private TokenApi() {
    }

    static RequestSpecification basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType("application/json");
    }

    static RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType("application/json");
    }

    static Response create(String username, String password, String name, List<String> roles, OffsetDateTime expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (roles != null) {
            body.put("roles", roles);
        }
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return basic(username, password).body(body).post("/api/tokens");
    }

    static Made make(String username, String password, String name, String... roles) {
        var json = create(username, password, name, roles.length == 0 ? null : List.of(roles), null)
                .then().statusCode(201).extract().jsonPath();
        return new Made(json.getLong("token.id"), json.getString("secret"));
    }

    static int me(String secret) {
        return bearer(secret).get("/api/me").statusCode();
    }
}
