package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.forecourt.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.forecourt.security.tokens.TokenApi.basic;
import static io.forecourt.security.tokens.TokenApi.bearer;
import static io.forecourt.security.tokens.TokenApi.me;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A token is made, used, expires, is revoked, and dies with its owner's deactivation. */
@QuarkusTest
class TokenLifecycleTest {

    static final String PW = "a-good-password";

    @Inject
    TestUsers users;

    @Inject
    ApiTokenRepository repository;

    @Test
    void aTokenCallsTheApiAsItsOwnerAndItsSecretIsNeverShownAgain() {
        TestUsers.Made u = users.make("tok", PW, Role.REP);
        var created = TokenApi.create(u.username(), PW, "My script", null, null).then().statusCode(201)
                .header("Cache-Control", "no-store").body("token.name", equalTo("My script"))
                .body("token.roles", equalTo(List.of("rep"))).body("token.status", equalTo("active"))
                .body("token.lastUsedAt", nullValue()).extract().jsonPath();
        String secret = created.getString("secret");
        long id = created.getLong("token.id");
        assertThat(secret).matches("fct_[A-Za-z0-9_-]{43}");

        bearer(secret).get("/api/me").then().statusCode(200).body("username", equalTo(u.username()))
                .body("roles", equalTo(List.of("rep")));

        String listed = basic(u.username(), PW).get("/api/tokens").then().statusCode(200)
                .body("[0].id", equalTo((int) id)).body("[0].hint", equalTo(secret.substring(43)))
                .body("[0].lastUsedAt", notNullValue()).extract().asString();
        String one = basic(u.username(), PW).get("/api/tokens/" + id).then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain(secret).doesNotContain("secret");
        assertThat(one).doesNotContain(secret).doesNotContain("secret");
        // the database holds the SHA-256, not the secret
        ApiToken stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> repository.findBySecretHash(TokenVerifier.hash(secret)).orElseThrow());
        assertThat(stored.getId()).isEqualTo(id);
        assertThat(stored.getHint()).hasSize(4);
    }

    @Test
    void someoneElsesTokenIsNotFoundButAdminsSeeAndRevokeAll() {
        TestUsers.Made owner = users.make("tok", PW, Role.REP);
        TestUsers.Made other = users.make("tok", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(owner.username(), PW, "Owner's");
        basic(other.username(), PW).get("/api/tokens/" + t.id()).then().statusCode(404)
                .contentType(containsString("problem+json"));
        basic(other.username(), PW).delete("/api/tokens/" + t.id()).then().statusCode(404);
        basic(other.username(), PW).get("/api/tokens/all").then().statusCode(403);
        basic("admin1", "demo").get("/api/tokens/all").then().statusCode(200)
                .body("find { it.id == " + t.id() + " }.owner", equalTo(owner.username()));
        basic("admin1", "demo").delete("/api/tokens/" + t.id()).then().statusCode(200)
                .body("status", equalTo("revoked")).body("revokedAt", notNullValue());
        assertThat(me(t.secret())).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        TestUsers.Made u = users.make("tok", PW, Role.REP);
        TokenApi.create(u.username(), PW, "Past", null, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .then().statusCode(422).body("violations[0].field", equalTo("expiresAt"));
        String secret = TokenApi.create(u.username(), PW, "Short", null,
                        OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2)).then().statusCode(201)
                .extract().path("secret");
        assertThat(me(secret)).isEqualTo(200);
        Thread.sleep(2_100);
        bearer(secret).get("/api/me").then().statusCode(401).contentType(containsString("problem+json"))
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401))
                .body(not(containsString("Exception")));
        basic(u.username(), PW).get("/api/tokens").then().body("[0].status", equalTo("expired"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        TestUsers.Made u = users.make("tok", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Soon gone");
        assertThat(me(t.secret())).isEqualTo(200);
        basic(u.username(), PW).delete("/api/tokens/" + t.id()).then().statusCode(200).body("status", equalTo("revoked"));
        bearer(t.secret()).get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        basic(u.username(), PW).delete("/api/tokens/" + t.id()).then().statusCode(200).body("status", equalTo("revoked"));
    }

    @Test
    void deactivatingTheOwnerRevokesTheirTokens() {
        TestUsers.Made u = users.make("tok", PW, Role.INTEGRATION);
        TokenApi.Made a = TokenApi.make(u.username(), PW, "ERP");
        TokenApi.Made b = TokenApi.make(u.username(), PW, "BI");
        bearer(a.secret()).get("/api/events?limit=1").then().statusCode(200);
        basic("admin1", "demo").post("/api/admin/users/" + u.id() + "/deactivate").then().statusCode(200);
        assertThat(me(a.secret())).isEqualTo(401);
        assertThat(me(b.secret())).isEqualTo(401);
        basic("admin1", "demo").get("/api/tokens/all").then()
                .body("findAll { it.ownerId == " + u.id() + " }.status", equalTo(List.of("revoked", "revoked")));
        // coming back does not bring the tokens back
        basic("admin1", "demo").post("/api/admin/users/" + u.id() + "/reactivate").then().statusCode(200);
        assertThat(me(a.secret())).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeTokens() {
        TestUsers.Made u = users.make("tok", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Maker");
        bearer(t.secret()).body(Map.of("name", "Child")).post("/api/tokens").then().statusCode(403)
                .contentType(containsString("problem+json"));
        bearer(t.secret()).get("/api/tokens").then().statusCode(200).body("name", hasItem("Maker"));
    }

    @Test
    void unknownAndMalformedTokensAre401WithABearerChallenge() {
        for (String secret : List.of("fct_" + "A".repeat(43), "nonsense", "fct_short", "")) {
            given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(401)
                    .contentType(containsString("problem+json"))
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .header("WWW-Authenticate", containsString("Basic"));
    }
}
