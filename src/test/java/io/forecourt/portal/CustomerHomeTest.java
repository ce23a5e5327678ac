package io.forecourt.portal;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/** customer1 signs in to their own page: the cars they saved and the quotes sent for them. */
@QuarkusTest
class CustomerHomeTest {

    private static RequestSpecification page(String session) {
        RequestSpecification r = given().accept("text/html").redirects().follow(false);
        return session == null ? r : r.cookie("forecourt-session", session);
    }

    private static RequestSpecification api(String user) {
        return given().auth().preemptive().basic(user, "demo").contentType("application/json");
    }

    @Test
    void aCustomerSeesTheirSavedCarsAndTheQuotesSentForThem() {
        String name = "Weekend car of Chris " + System.nanoTime();
        String code = given().contentType("application/json")
                .body(Map.of("product", "AURA", "name", name, "email", "customer1@demo.forecourt.io", "ready", true,
                        "selections", List.of("ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC",
                                "INT_LEATHER_BLACK", "WHEEL_18_ALLOY", "PKG_WINTER")))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        long account = api("rep1").get("/api/accounts?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        int quote = api("rep1").body(Map.of("account", account, "configurations", List.of(code))).post("/api/quotes")
                .then().statusCode(201).extract().path("id");
        String link = api("rep1").post("/api/quotes/" + quote + "/send").then().statusCode(200).extract().path("link");
        String number = api("rep1").get("/api/quotes/" + quote).then().extract().path("number");

        String customer = Sessions.signIn("customer1");
        page(customer).get("/home").then().statusCode(303).header("Location", endsWith("/my"));
        String token = link.substring(link.indexOf("/quotes/"));
        page(customer).get("/my").then().statusCode(200).body(containsString("My configurations and quotes"))
                .body(containsString(name)).body(containsString("/configurations/" + code))
                .body(containsString("Quote " + number)).body(containsString("href=\"" + token + "\""))
                .body(containsString(token + "/review")).body(not(containsString("argin")));
        page(customer).get("/configure").then().statusCode(200).body(containsString("href=\"/my\""));

        page(null).get("/my").then().statusCode(oneOf(302, 303)).header("Location", containsString("/login"));
        page(Sessions.signIn("rep1")).get("/my").then().statusCode(403);
    }
}
