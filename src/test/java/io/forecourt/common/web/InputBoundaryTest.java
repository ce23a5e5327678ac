package io.forecourt.common.web;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Each class of hostile input gets its one answer, at the boundary, before any work is done. */
@QuarkusTest
class InputBoundaryTest {

    private static RequestSpecification api(String user) {
        return given().urlEncodingEnabled(false).auth().preemptive().basic(user, Sessions.PASSWORD)
                .accept("application/json");
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return given().cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie()).accept("text/html")
                .redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void aNulInJsonTextIs400NamingTheField() {
        api("rep1").contentType("application/json").body("{\"name\": \"a\\u0000b\", \"email\": \"x@example.com\"}")
                .post("/api/leads").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("'name'")).body("errors.field", hasItem("name"))
                .body("errors.rule", hasItem("text"));
    }

    @Test
    void aNulInAQueryParameterIs400NamingIt() {
        api("rep1").get("/api/accounts?q=a%00b").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void aNulOrGarbageInAPathIs404() {
        api("rep1").get("/api/products/%00").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        api("rep1").get("/api/configurations/a%00b").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/api/public/quotes/%00").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().urlEncodingEnabled(false).accept("text/html").get("/configure/%FF%FE").then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void numbersAndDatesOutOfRangeAre400NamingTheFieldAndRange() {
        api("rep1").contentType("application/json")
                .body("{\"accountId\": 1, \"name\": \"x\", \"amount\": 1, \"expectedCloseDate\": \"2026-01-01\", "
                        + "\"probability\": 99999999999999999999}")
                .post("/api/opportunities").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", allOf(containsString("'probability'"), containsString("2147483647")));
        Object account = api("rep1").get("/api/accounts").then().extract().path("items[0].id");
        api("rep1").contentType("application/json")
                .body("{\"accountId\": " + account + ", \"name\": \"x\", \"amount\": 1, \"expectedCloseDate\": 2147483648}")
                .post("/api/opportunities").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("expectedCloseDate")).body("detail", containsString("9999-12-31"));
    }

    @Test
    void anEmptyRequiredFieldBringsTheFormBackWithTheMessageBesideItAndTheTypedValues() {
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/my-day", session);
        form(session, csrf).formParam("accountId", "").formParam("type", "CALL").formParam("purpose", "DEMO")
                .formParam("plannedAt", "2026-12-09T10:00").formParam("notes", "Kept notes")
                .post("/my-day/plan").then().statusCode(400)
                .body(allOf(containsString("class=\"field-error\""), containsString("value=\"Kept notes\""),
                        containsString("value=\"2026-12-09T10:00\"")));
        // a long note (within the field's 4,000 characters) is a form field like any other, not a 413
        form(session, csrf).formParam("type", "CALL").formParam("purpose", "DEMO").formParam("notes", "n".repeat(3900))
                .post("/my-day/plan").then().statusCode(400).body(containsString("class=\"field-error\""));
    }

    @Test
    void aNulInAFormFieldIs400NamingTheField() {
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        form(session, csrf).formParam("name", "a\u0000b").post("/leads").then().statusCode(400)
                .body(containsString("name")).body(containsString("NUL"));
    }

    @Test
    void aBrokenFormEncodingIs400AndAnEnormousFormIs413() {
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        given().cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie()).accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + csrf.token() + "&%%%zz&&==&a=%E0%A4%A")
                .post("/accounts").then().statusCode(400).body(not(containsString("URLUtils")));
        given().cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie()).accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + csrf.token() + "&" + "f=x&".repeat(200_000))
                .post("/leads").then().statusCode(413);
    }

    @Test
    void anOverLongAddressOrOverLargeHeadersGetAProblemAnswerAndAPageForABrowser() {
        given().accept("application/json").get("/api/products?q=" + "x".repeat(5000)).then().statusCode(414)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(414)).body("detail", containsString("4096"));
        given().accept("text/html").get("/configure?q=" + "x".repeat(5000)).then().statusCode(414)
                .contentType(containsString("text/html")).body(containsString("URI Too Long"));
        given().accept("application/json").header("X-Filler", "y".repeat(30_000)).get("/api/products")
                .then().statusCode(431).contentType(Problem.MEDIA_TYPE).body("status", equalTo(431));
        // within the limits nothing changes
        given().accept("application/json").get("/api/products?q=" + "x".repeat(3000)).then().statusCode(200);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        java.net.URL url = new java.net.URL(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/leads");
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/leads HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 40000000000\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            byte[] chunk = new byte[1024];
            // the answer comes at once, without the body being sent: read until its JSON is complete
            while (!answer.toString().endsWith("}")) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                answer.append(new String(chunk, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains(Problem.MEDIA_TYPE).contains("\"status\":413");
        }
    }

    @Test
    void aBinaryFileToTheLeadImportIs400() {
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        given().cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie()).accept("text/html")
                .multiPart("csrf-token", csrf.token())
                .multiPart("file", "leads.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0x81}, "text/csv")
                .post("/leads/import").then().statusCode(400).body(containsString("UTF-8"));
    }

    @Test
    void strangersAndWrongRolesAreRefusedBeforeTheMediaTypeIsLookedAt() {
        given().contentType("application/json").body("{}").put("/api/admin/products/X/tables/T.csv")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        api("rep1").contentType("application/json").body("{}").put("/api/admin/products/X/tables/T.csv")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().contentType("application/json").body("{}").post("/api/leads/import")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        api("planner1").contentType("application/json").body("{}").post("/api/leads/import")
                .then().statusCode(403);
        // the right role still learns what the endpoint takes
        api("rep1").contentType("application/json").body("{}").post("/api/leads/import").then().statusCode(415);
    }

    @Test
    void multipartToAJsonEndpointIsRefused() {
        api("rep1").multiPart("a", "b").post("/api/quotes/1/send").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void beanValidationErrorsHaveTheViolationShape() {
        api("rep1").contentType("application/json").body("{\"name\": \"\"}").post("/api/leads").then()
                .statusCode(400).body("errors.find { it.field == 'name' }.rule", equalTo("not-blank"));
    }
}
