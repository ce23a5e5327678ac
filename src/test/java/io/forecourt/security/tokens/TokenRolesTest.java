package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.forecourt.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.security.tokens.TokenApi.basic;
import static io.forecourt.security.tokens.TokenApi.bearer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A token's roles are never wider than its owner's: when made, and when the owner loses a role. */
@QuarkusTest
class TokenRolesTest {

    static final String PW = "a-good-password";

    @Inject
    TestUsers users;

    @Test
    void aTokenCannotHaveARoleItsOwnerLacks() {
        TestUsers.Made u = users.make("role", PW, Role.REP);
        TokenApi.create(u.username(), PW, "Wide", List.of("admin"), null).then().statusCode(422)
                .contentType(containsString("problem+json")).body("violations[0].field", equalTo("roles"));
        TokenApi.create(u.username(), PW, "Wide", List.of("rep", "integration"), null).then().statusCode(422);
        TokenApi.create(u.username(), PW, "Narrow", List.of("rep"), null).then().statusCode(201);
        TokenApi.create(u.username(), PW, "", null, null).then().statusCode(400);
    }

    @Test
    void aTokenWithFewerRolesIsRefusedWhatOnlyTheOthersAllow() {
        TestUsers.Made u = users.make("role", PW, Role.REP, Role.INTEGRATION);
        TokenApi.Made feedOnly = TokenApi.make(u.username(), PW, "Feed", "integration");
        TokenApi.Made repOnly = TokenApi.make(u.username(), PW, "Rep", "rep");
        bearer(feedOnly.secret()).get("/api/events?limit=1").then().statusCode(200);
        bearer(repOnly.secret()).get("/api/events?limit=1").then().statusCode(403)
                .contentType(containsString("problem+json"));
        bearer(repOnly.secret()).get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("rep")));
    }

    @Test
    void aRoleTheOwnerLosesLeavesTheirTokensWithinTheCacheTime() {
        TestUsers.Made u = users.make("role", PW, Role.REP, Role.INTEGRATION);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Both");
        bearer(t.secret()).get("/api/events?limit=1").then().statusCode(200);
        int version = basic("admin1", "demo").get("/api/admin/users/" + u.id()).then().extract().path("version");
        basic("admin1", "demo").body(Map.of("displayName", "Now a rep only", "roles", List.of("rep"),
                "version", version)).put("/api/admin/users/" + u.id()).then().statusCode(200);
        await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                bearer(t.secret()).get("/api/events?limit=1").then().statusCode(403));
        bearer(t.secret()).get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("rep")));
    }
}
