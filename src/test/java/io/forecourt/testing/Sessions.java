package io.forecourt.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs in through the real form, as a browser does, and hands back the cookies. */
public final class Sessions {

    public static final String PASSWORD = "demo";

    private Sessions() {
    }

    /** The session cookie after a successful form sign-in. */
    public static String signIn(String username) {
        Response r = RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check");
        assertThat(r.statusCode()).as("sign-in of " + username).isIn(302, 303);
        String cookie = r.getCookie("forecourt-session");
        assertThat(cookie).as("session cookie of " + username).isNotBlank();
        return cookie;
    }

    /** A page's CSRF cookie and the token its form carries. */
    public record Csrf(String cookie, String token) {
    }

    public static Csrf csrfFrom(String path, String session) {
        var request = RestAssured.given().accept("text/html");
        if (session != null) {
            request.cookie("forecourt-session", session);
        }
        Response page = request.get(path);
        String html = page.asString();
        int at = html.indexOf("name=\"csrf-token\" value=\"");
        assertThat(at).as("form with a CSRF token on " + path).isPositive();
        int start = at + "name=\"csrf-token\" value=\"".length();
        return new Csrf(page.getCookie("csrf-token"), html.substring(start, html.indexOf('"', start)));
    }
}
