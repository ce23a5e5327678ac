package io.forecourt.security;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Admins create users, change roles and team, deactivate and reactivate them, and make one-time password links. */
@QuarkusTest
class UserAdminTest {

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    static RequestSpecification page(String session) {
        RequestSpecification r = given().accept("text/html").redirects().follow(false);
        return session == null ? r : r.cookie("forecourt-session", session);
    }

    static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aNewUserSetsTheirPasswordOnceThroughTheLinkAndSignsIn() {
        String username = "newrep" + unique();
        long north = as("admin1").get("/api/admin/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'North' }.id");
        var created = as("admin1").body(Map.of("username", username, "displayName", "Nina New", "email",
                        username + "@example.com", "roles", List.of("rep"), "teamId", north))
                .post("/api/admin/users").then().statusCode(201).body("user.username", equalTo(username))
                .body("user.roles", hasItem("rep")).body("user.team", equalTo("North"))
                .body("passwordLink.link", startsWith("http")).extract().jsonPath();
        String link = created.getString("passwordLink.link");
        long id = created.getLong("user.id");
        given().auth().preemptive().basic(username, "whatever-password").get("/api/me").then().statusCode(401);

        page(null).get("/password/" + token(link)).then().statusCode(200).body(containsString(username));
        Sessions.Csrf csrf = Sessions.csrfFrom("/password/" + token(link), null);
        form(null, csrf).formParam("password", "short").formParam("repeat", "short").post("/password/" + token(link))
                .then().statusCode(422).body(containsString("at least 8"));
        form(null, csrf).formParam("password", "a-good-password").formParam("repeat", "another-one")
                .post("/password/" + token(link)).then().statusCode(400).body(containsString("differ"));
        form(null, csrf).formParam("password", "a-good-password").formParam("repeat", "a-good-password")
                .post("/password/" + token(link)).then().statusCode(303).header("Location", containsString("/login"));
        given().auth().preemptive().basic(username, "a-good-password").get("/api/me").then().statusCode(200)
                .body("roles", hasItem("rep"));
        // once only
        form(null, csrf).formParam("password", "b-good-password").formParam("repeat", "b-good-password")
                .post("/password/" + token(link)).then().statusCode(410);
        given().contentType("application/json").body(Map.of("password", "c-good-password"))
                .post("/api/password-links/" + token(link)).then().statusCode(410)
                .contentType(containsString("problem+json"));

        // a reset link replaces the older one, and the stored value is not the token
        String first = token(as("admin1").post("/api/admin/users/" + id + "/password-link").then().statusCode(200)
                .extract().path("link"));
        String second = token(as("admin1").post("/api/admin/users/" + id + "/password-link").then().statusCode(200)
                .extract().path("link"));
        given().contentType("application/json").body(Map.of("password", "c-good-password"))
                .post("/api/password-links/" + first).then().statusCode(410);
        given().contentType("application/json").body(Map.of("password", "d-good-password"))
                .post("/api/password-links/" + second).then().statusCode(204);
        given().auth().preemptive().basic(username, "d-good-password").get("/api/me").then().statusCode(200);
        assertThat(PasswordLinks.hash(second)).hasSize(64).isNotEqualTo(second);
    }

    @Test
    void deactivatingSignsTheUserOutAndReactivatingLetsThemBackIn() {
        String username = "temp" + unique();
        long id = as("admin1").body(Map.of("username", username, "displayName", "Tom Temp", "roles", List.of("planner")))
                .post("/api/admin/users").then().statusCode(201).extract().jsonPath().getLong("user.id");
        String link = as("admin1").post("/api/admin/users/" + id + "/password-link").then().extract().path("link");
        given().contentType("application/json").body(Map.of("password", "temp-password"))
                .post("/api/password-links/" + token(link)).then().statusCode(204);
        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "temp-password")
                .post("/j_security_check").getCookie("forecourt-session");
        page(session).get("/planning").then().statusCode(200);

        as("admin1").post("/api/admin/users/" + id + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        given().auth().preemptive().basic(username, "temp-password").get("/api/me").then().statusCode(401);
        page(session).get("/planning").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303)).header("Location", containsString("/login"));
        as("admin1").post("/api/admin/users/" + id + "/password-link").then().statusCode(409);

        as("admin1").post("/api/admin/users/" + id + "/reactivate").then().statusCode(200).body("active", equalTo(true));
        given().auth().preemptive().basic(username, "temp-password").get("/api/me").then().statusCode(200);
    }

    @Test
    void rolesAndTeamChangeWithTheVersionAndTheLastAdminStays() {
        String username = "mover" + unique();
        var u = as("admin1").body(Map.of("username", username, "displayName", "Mo Mover", "roles", List.of("rep")))
                .post("/api/admin/users").then().statusCode(201).extract().jsonPath();
        long id = u.getLong("user.id");
        as("admin1").body(Map.of("displayName", "Mo Manager", "roles", List.of("manager", "rep"), "version", 0))
                .put("/api/admin/users/" + id).then().statusCode(200).body("roles", hasItem("manager"))
                .body("displayName", equalTo("Mo Manager"));
        as("admin1").body(Map.of("displayName", "Stale", "roles", List.of("rep"), "version", 0))
                .put("/api/admin/users/" + id).then().statusCode(409);
        as("admin1").body(Map.of("displayName", "Mo", "roles", List.of("wizard"), "version", 1))
                .put("/api/admin/users/" + id).then().statusCode(422).body("violations[0].field", equalTo("roles"));
        as("admin1").body(Map.of("username", username, "displayName", "Again", "roles", List.of("rep")))
                .post("/api/admin/users").then().statusCode(409);
        as("admin1").body(Map.of("username", "Bad Name!", "displayName", "X", "roles", List.of("rep")))
                .post("/api/admin/users").then().statusCode(400);
        as("admin1").body(Map.of("name", "Team " + unique(), "managerId", id)).post("/api/admin/teams").then()
                .statusCode(201).body("manager", equalTo("Mo Manager"));

        long me = as("admin1").get("/api/admin/users").then().extract().jsonPath()
                .getLong("find { it.username == 'admin1' }.id");
        as("admin1").post("/api/admin/users/" + me + "/deactivate").then().statusCode(409);
    }

    @Test
    void theAdminManagesUsersFromThePagesWithoutJavaScript() {
        String admin = Sessions.signIn("admin1");
        page(admin).get("/admin").then().statusCode(200).body(containsString("/admin/users"));
        page(admin).get("/admin/users").then().statusCode(200).body(containsString("Add a user"))
                .body(containsString(">rep1</a>"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/admin/users", admin);
        String username = "pagerep" + unique();
        form(admin, csrf).formParam("username", username).formParam("displayName", "").formParam("roles", "rep")
                .post("/admin/users").then().statusCode(400).body(containsString("value=\"" + username + "\""))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*name=\"displayName\"[^>]*>"
                        + "<span class=\"field-error\">[^<]+</span>.*"));
        String html = form(admin, csrf).formParam("username", username).formParam("displayName", "Paula Page")
                .formParam("roles", "rep").formParam("roles", "manager").post("/admin/users").then().statusCode(200)
                .body(containsString("Password link for " + username)).extract().asString();
        assertThat(html).containsPattern("id=\"password-link\" readonly value=\"https?://[^\"]+/password/[A-Za-z0-9_-]+\"");
        long id = as("admin1").get("/api/admin/users").then().extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
        form(admin, csrf).formParam("displayName", "Paula P.").formParam("roles", "planner").formParam("version", 0)
                .post("/admin/users/" + id).then().statusCode(303);
        as("admin1").get("/api/admin/users/" + id).then().body("displayName", equalTo("Paula P."))
                .body("roles", equalTo(List.of("planner")));
        form(admin, csrf).formParam("active", "false").post("/admin/users/" + id + "/active").then().statusCode(303);
        page(admin).get("/admin/users/" + id + "?active=no").then().statusCode(200).body(containsString("Deactivated"))
                .body(containsString("Reactivate"));
        form(admin, csrf).post("/admin/users/" + id + "/password-link").then().statusCode(409);
    }

    @Test
    void onlyAdminsManageUsers() {
        for (String who : List.of("rep1", "manager1", "planner1", "customer1")) {
            as(who).get("/api/admin/users").then().statusCode(403);
            as(who).body(Map.of("username", "x" + unique(), "displayName", "X", "roles", List.of("admin")))
                    .post("/api/admin/users").then().statusCode(403);
            as(who).post("/api/admin/users/1/deactivate").then().statusCode(403);
            as(who).post("/api/admin/users/1/password-link").then().statusCode(403);
            page(Sessions.signIn(who)).get("/admin/users").then().statusCode(403);
        }
        given().contentType("application/json").get("/api/admin/users").then().statusCode(401);
        page(null).get("/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303)).header("Location", containsString("/login"));
        page(null).get("/password/" + "x".repeat(43)).then().statusCode(410).body(not(containsString("New password")));
    }
}
