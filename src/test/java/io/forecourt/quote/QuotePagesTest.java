package io.forecourt.quote;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The pages work without JavaScript: plain forms with CSRF tokens, redirect after success. */
@QuarkusTest
class QuotePagesTest {

    @Inject
    QuoteFixtures fixtures;

    static RequestSpecification page(String session) {
        RequestSpecification r = given().accept("text/html").redirects().follow(false);
        return session == null ? r : r.cookie("forecourt-session", session);
    }

    static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void theCustomerReadsTheQuoteAndAcceptsItWithoutAnAccount() {
        String token = QuoteApi.sent("rep1", fixtures.account("Page Customer", "rep1"));
        page(null).get("/quotes/" + token).then().statusCode(200)
                .body(containsString("Review and accept")).body(containsString("35,036"))
                .body(containsString("Rafael Rep")).body(not(containsString("argin")));
        Sessions.Csrf csrf = Sessions.csrfFrom("/quotes/" + token, null);
        form(null, csrf).formParam("key", "page-key-1").formParam("confirm", "yes").post("/quotes/" + token + "/accept")
                .then().statusCode(303).header("Location", containsString("/quotes/" + token + "?accepted=O-"));
        form(null, csrf).formParam("key", "page-key-1").formParam("confirm", "yes").post("/quotes/" + token + "/accept")
                .then().statusCode(303);
        page(null).get("/quotes/" + token + "/review").then().statusCode(303);
        page(null).get("/quotes/" + token + "?accepted=O-1").then().statusCode(200)
                .body(containsString("your order O-1 is placed")).body(not(containsString("Review and accept")));
        form(null, csrf).post("/quotes/" + token + "/decline").then().statusCode(409)
                .body(containsString("cannot become declined"));
        page(null).get("/quotes/qNoSuchQuoteToken").then().statusCode(404);
    }

    @Test
    void aManagerApprovesFromTheQueueAndARepCannotOpenIt() {
        long account = fixtures.account("Page Approval", "rep1");
        int id = QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 12).then()
                .statusCode(201).extract().path("id");
        String manager = Sessions.signIn("manager1");
        page(manager).get("/approvals").then().statusCode(200).body(containsString("/quotes/" + id + "\""))
                .body(containsString("Discount above 10 % needs a manager"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/approvals", manager);
        form(manager, csrf).formParam("version", 0).formParam("comment", "Good customer")
                .post("/approvals/" + id + "/approve").then().statusCode(303);
        QuoteApi.as("rep1").get("/api/quotes/" + id).then().body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        page(Sessions.signIn("rep1")).get("/approvals").then().statusCode(403);
    }

    @Test
    void aRepCreatesSendsAndFollowsTheOrderFromThePages() {
        long account = fixtures.account("Page Rep", "rep1");
        String code = QuoteApi.savedConfiguration(QuoteApi.AURA);
        String rep = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/quotes/new?account=" + account, rep);
        String path = newQuote(rep, csrf, account, code);
        page(rep).get(path).then().statusCode(200).body(containsString("Send to the customer"))
                .body(containsString(code));
        form(rep, csrf).formParam("version", 0).post(path + "/send").then().statusCode(303);
        String link = page(rep).get(path + "?sent").then().statusCode(200).extract().body().asString()
                .replaceAll("(?s).*id=\"customer-link\" readonly value=\"([^\"]+)\".*", "$1");
        int order = QuoteApi.accept(link.substring(link.lastIndexOf('/') + 1), null).then().statusCode(201)
                .extract().path("id");
        page(rep).get("/orders").then().statusCode(200).body(containsString("/orders/" + order + "\""));
        form(rep, csrf).formParam("version", 0).formParam("to", "CONFIRMED").post("/orders/" + order + "/transition")
                .then().statusCode(303);
        page(rep).get("/orders/" + order).then().statusCode(200).body(containsString("In production"))
                .body(containsString("Placed → <strong>Confirmed</strong>"));
        form(rep, csrf).formParam("version", 0).formParam("to", "SHIPPED").post("/orders/" + order + "/transition")
                .then().statusCode(409);
        page(rep).get("/accounts/" + account).then().statusCode(200).body(containsString("Quotes"))
                .body(containsString("/orders/" + order));
        page(Sessions.signIn("rep2")).get("/orders/" + order).then().statusCode(404);
    }

    @Test
    void aDiscountOutOfRangeOnTheQuotePageIsNamedAndChangesNothing() {
        long account = fixtures.account("Page Discount", "rep1");
        String rep = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/quotes/new?account=" + account, rep);
        String path = newQuote(rep, csrf, account, QuoteApi.savedConfiguration(QuoteApi.AURA));
        form(rep, csrf).formParam("version", 0).formParam("discountPercent", "150").post(path + "/revise").then()
                .statusCode(400).body(containsString("The discount must be less than or equal to 100"));
        var quote = QuoteApi.as("rep1").get("/api" + path).then().body("version", org.hamcrest.Matchers.equalTo(0))
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(new java.math.BigDecimal(quote.getString("discountPercent")))
                .isEqualByComparingTo("5");
    }

    /** A quote made on the New quote page from a saved configuration at 5 %: its page's path. */
    private static String newQuote(String session, Sessions.Csrf csrf, long account, String code) {
        String location = form(session, csrf).formParam("account", account).formParam("codes", code)
                .formParam("discountPercent", "5").post("/quotes/new").then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/quotes/"), location.indexOf('?'));
    }
}
