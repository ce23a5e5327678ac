package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.forecourt.security.TestUsers;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.forecourt.security.tokens.TokenApi.me;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The token page works without JavaScript: make a token (shown once), see it, revoke it. */
@QuarkusTest
class TokenPageTest {

    @Inject
    TestUsers users;

    static RequestSpecification page(String session) {
        return given().accept("text/html").redirects().follow(false).cookie("forecourt-session", session);
    }

    static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void aTokenIsMadeShownOnceUsedAndRevokedFromThePage() {
        TestUsers.Made u = users.make("page", Sessions.PASSWORD, Role.REP, Role.INTEGRATION);
        String session = Sessions.signIn(u.username());
        page(session).get("/tokens").then().statusCode(200).body(containsString("Make a token"))
                .body(containsString("You have no tokens")).body(not(containsString("Everyone's tokens")));
        Sessions.Csrf csrf = Sessions.csrfFrom("/tokens", session);

        form(session, csrf).formParam("name", "").post("/tokens").then().statusCode(400)
                .body(containsString("Name must not be blank"));
        page(session).contentType("application/x-www-form-urlencoded").formParam("name", "No CSRF")
                .post("/tokens").then().statusCode(400);
        String made = form(session, csrf).formParam("name", "Feed reader").formParam("roles", "integration")
                .formParam("days", "90").post("/tokens").then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString("shown only this once")).extract().asString();
        Matcher m = Pattern.compile("value=\"(fct_[A-Za-z0-9_-]{43})\"").matcher(made);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        TokenApi.bearer(secret).get("/api/events?limit=1").then().statusCode(200);

        String listed = page(session).get("/tokens").then().statusCode(200).body(containsString("Feed reader"))
                .body(containsString("…" + secret.substring(43))).extract().asString();
        assertThat(listed).doesNotContain(secret);
        long id = TokenApi.basic(u.username(), Sessions.PASSWORD).get("/api/tokens").then().extract()
                .jsonPath().getLong("[0].id");
        form(session, csrf).post("/tokens/" + id + "/revoke").then().statusCode(303)
                .header("Location", containsString("/tokens?revoked=1"));
        assertThat(me(secret)).isEqualTo(401);
        page(session).get("/tokens?revoked=1").then().body(containsString("Revoked"))
                .body(not(containsString("Revoke “Feed reader”")));
    }

    @Test
    void aRoleTheOwnerLacksIsRefusedOnThePage() {
        TestUsers.Made u = users.make("page", Sessions.PASSWORD, Role.REP);
        String session = Sessions.signIn(u.username());
        Sessions.Csrf csrf = Sessions.csrfFrom("/tokens", session);
        form(session, csrf).formParam("name", "Greedy").formParam("roles", "admin").post("/tokens").then()
                .statusCode(422).body(containsString("among yours")).body(containsString("value=\"Greedy\""));
    }

    @Test
    void adminsSeeEveryonesTokensAndStrangersAreSentToSignIn() {
        TestUsers.Made u = users.make("page", Sessions.PASSWORD, Role.REP);
        TokenApi.make(u.username(), Sessions.PASSWORD, "Seen by admins");
        page(Sessions.signIn("admin1")).get("/tokens").then().statusCode(200)
                .body(containsString("Everyone's tokens")).body(containsString(u.username()));
        given().accept("text/html").redirects().follow(false).get("/tokens").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerScheme() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/events'.get.security.bearer", org.hamcrest.Matchers.notNullValue());
    }
}
