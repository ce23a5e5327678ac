package io.forecourt.security;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SignInTest {

    @Test
    void formSignInLandsOnTheRolesHome() {
        String session = Sessions.signIn("rep1");
        given().cookie("forecourt-session", session).redirects().follow(false)
                .get("/home").then().statusCode(303).header("Location", startsWith("http")).header("Location", containsString("/my-day"));
        given().cookie("forecourt-session", session).accept("text/html")
                .get("/my-day").then().statusCode(200).body(containsString("Rafael Rep"));
    }

    @Test
    void wrongPasswordOnTheFormReturnsToSignInWithAMessage() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "rep1").formParam("j_password", "wrong")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/login?error=true"));
        given().accept("text/html").get("/login?error=true").then().statusCode(200)
                .body(containsString("not right"));
    }

    @Test
    void pagesNeedSignInAndSendStrangersToTheForm() {
        given().redirects().follow(false).accept("text/html").get("/my-day")
                .then().statusCode(303).header("Location", containsString("/login?next=%2Fmy-day"));
    }

    @Test
    void basicAuthIdentifiesTheApiCaller() {
        given().auth().preemptive().basic("manager1", "demo").get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("manager1"))
                .body("displayName", equalTo("Marta Manager"))
                .body("roles", hasItem("manager"));
    }

    @Test
    void apiWithoutCredentialsIs401ProblemWithChallenge() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void apiWithWrongPasswordIs401Problem() {
        given().auth().preemptive().basic("rep1", "nope").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().preemptive().basic("nobody", "demo").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void rolesDecideWhoMayUseTheAdminApi() {
        given().auth().preemptive().basic("rep1", "demo").get("/api/admin/users").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().auth().preemptive().basic("admin1", "demo").get("/api/admin/users").then().statusCode(200)
                .body("username", hasItem("rep2"))
                .body("toString()", not(containsString("$2a$")));
    }

    @Test
    void rolesDecideWhoSeesWhichPage() {
        String rep = Sessions.signIn("rep2");
        given().cookie("forecourt-session", rep).accept("text/html").get("/admin")
                .then().statusCode(403).body(containsString("Forbidden"));
        given().cookie("forecourt-session", rep).accept("text/html").get("/planning").then().statusCode(403);
        String admin = Sessions.signIn("admin1");
        given().cookie("forecourt-session", admin).accept("text/html").get("/admin")
                .then().statusCode(200).body(containsString("planner1")).body(not(containsString("$2a$")));
        String planner = Sessions.signIn("planner1");
        given().cookie("forecourt-session", planner).accept("text/html").get("/planning").then().statusCode(200);
    }

    @Test
    void managerSeesTheirTeam() {
        String manager = Sessions.signIn("manager1");
        given().cookie("forecourt-session", manager).accept("text/html").get("/team")
                .then().statusCode(200).body(containsString("North"))
                .body(containsString("Rafael Rep")).body(containsString("Rita Rep"));
    }

    @Test
    void signOutNeedsTheCsrfTokenOfTheForm() {
        String session = Sessions.signIn("rep1");
        given().cookie("forecourt-session", session).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/logout").then().statusCode(400);
        Sessions.Csrf csrf = Sessions.csrfFrom("/my-day", session);
        given().cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf.token())
                .post("/logout").then().statusCode(303)
                .cookie("forecourt-session", equalTo(""));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "rep1").formParam("j_password", "demo")
                .post("/j_security_check")
                .then().header("Set-Cookie", containsString("HTTPOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"));
    }
}
