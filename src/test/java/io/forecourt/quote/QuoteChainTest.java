package io.forecourt.quote;

import io.forecourt.testing.Sessions;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.forecourt.quote.QuotePagesTest.form;
import static io.forecourt.quote.QuotePagesTest.page;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The connected chain: a customer's saved car → lead → account → "Quote this" → quote carrying the
 * opportunity → sent with a full link by email → the customer reviews and confirms → Closed Won.
 */
@QuarkusTest
class QuoteChainTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    QuoteFixtures fixtures;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void aSavedConfigurationIsQuotedFromTheAccountPageAndItsAcceptanceWinsTheOpportunity() {
        String email = "chain-" + UUID.randomUUID().toString().substring(0, 8) + "@buyer.example.com";
        String code = given().contentType("application/json")
                .body(Map.of("product", "AURA", "name", "Nora Chain", "email", email, "selections", QuoteApi.AURA,
                        "ready", true))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        long lead = QuoteApi.as("manager1").get("/api/leads?q=" + email).then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        QuoteApi.as("manager1").post("/api/leads/" + lead + "/contacted").then().statusCode(200);
        QuoteApi.as("manager1").post("/api/leads/" + lead + "/qualify").then().statusCode(200);
        JsonPath converted = QuoteApi.as("manager1").post("/api/leads/" + lead + "/convert").then().statusCode(200)
                .extract().jsonPath();
        long account = converted.getLong("accountId");
        long opportunity = converted.getLong("opportunityId");

        String manager = Sessions.signIn("manager1");
        String quoteThis = "/quotes/new?account=" + account + "&amp;configuration=" + code;
        page(manager).get("/accounts/" + account).then().statusCode(200).body(containsString(quoteThis));
        String form = page(manager).get(quoteThis.replace("&amp;", "&")).then().statusCode(200).extract().asString();
        assertThat(form).as("the account's only open opportunity is preselected")
                .containsPattern("value=\"" + opportunity + "\"\\s+checked")
                .containsPattern("value=\"" + code + "\"\\s+checked");

        Sessions.Csrf csrf = Sessions.csrfFrom("/quotes/new?account=" + account, manager);
        String location = form(manager, csrf).formParam("account", account).formParam("opportunity", opportunity)
                .formParam("configuration", code).formParam("discountPercent", "5").post("/quotes/new").then()
                .statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/quotes/(\\d+).*", "$1"));
        assertThat(QuoteApi.get("manager1", id).getLong("opportunityId")).isEqualTo(opportunity);
        QuoteApi.as("manager1").get("/api/opportunities/" + opportunity).then()
                .body("quotes.id", org.hamcrest.Matchers.hasItem((int) id));

        // send from the page, to the contact's address (the lead's email), suggested in the form
        page(manager).get("/quotes/" + id).then().statusCode(200).body(containsString("value=\"" + email + "\""));
        form(manager, csrf).formParam("version", QuoteApi.get("manager1", id).getInt("version"))
                .formParam("email", email).post("/quotes/" + id + "/send").then().statusCode(303)
                .header("Location", containsString("mailed="));
        String link = QuoteApi.get("manager1", id).getString("link");
        assertThat(link).as("a full link the customer can open").matches("https?://[^/]+/quotes/q[A-Za-z0-9_-]+");
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Q-");
        assertThat(mails.get(0).getText()).contains(link).contains("valid until");
        page(manager).get("/quotes/" + id + "?sent=yes&mailed=" + email).then().statusCode(200)
                .body(containsString("Sent and emailed to " + email)).body(containsString("data-copy=\"customer-link\""))
                .body(containsString("value=\"" + link + "\""));

        // the customer reviews, must confirm, then orders
        String token = link.substring(link.lastIndexOf('/') + 1);
        page(null).get("/quotes/" + token).then().statusCode(200).body(containsString("/quotes/" + token + "/review"))
                .body(containsString("Terms")).body(not(containsString("Confirm my order")));
        page(null).get("/quotes/" + token + "/review").then().statusCode(200)
                .body(containsString("Review your order")).body(containsString("Confirm my order (35,036 EUR)"))
                .body(containsString("valid until")).body(containsString("Atlantic Blue metallic"));
        Sessions.Csrf customer = Sessions.csrfFrom("/quotes/" + token + "/review", null);
        form(null, customer).formParam("key", "chain-1").post("/quotes/" + token + "/accept").then().statusCode(400)
                .body(containsString("Tick the box to confirm"));
        assertThat(QuoteApi.get("manager1", id).getString("status")).as("nothing ordered yet").isEqualTo("SENT");
        form(null, customer).formParam("key", "chain-1").formParam("confirm", "yes").post("/quotes/" + token + "/accept")
                .then().statusCode(303).header("Location", containsString("accepted=O-"));

        JsonPath won = QuoteApi.as("manager1").get("/api/opportunities/" + opportunity).then().statusCode(200)
                .body("stage", equalTo("CLOSED_WON")).extract().jsonPath();
        assertThat(won.getList("history.to", String.class)).last().isEqualTo("CLOSED_WON");
        assertThat(won.getString("history[-1].note")).contains("accepted");
    }

    @Test
    void theNewQuotePageFindsTheRepsOwnAccountsByNameOnTheServer() {
        String name = "Searchable Garage " + UUID.randomUUID().toString().substring(0, 6);
        long mine = fixtures.account(name, "rep1");
        String rep1 = Sessions.signIn("rep1");
        page(rep1).get("/quotes/new").then().statusCode(200).body(containsString("name=\"q\""))
                .body(not(containsString("<select name=\"account\"")));
        page(rep1).get("/quotes/new?q=" + name.substring(name.length() - 6)).then().statusCode(200)
                .body(containsString("/quotes/new?account=" + mine + "\""));
        page(Sessions.signIn("rep2")).get("/quotes/new?q=" + name.substring(name.length() - 6)).then().statusCode(200)
                .body(not(containsString("account=" + mine + "\""))).body(containsString("No account of yours"));
        page(Sessions.signIn("rep2")).get("/quotes/new?account=" + mine).then().statusCode(404);
        page(Sessions.signIn("planner1")).get("/quotes/new").then().statusCode(403);
        page(Sessions.signIn("customer1")).get("/quotes/new").then().statusCode(403);
    }

    @Test
    void anOpportunityIsQuotedFromTheBoardAndARefusedFormKeepsWhatWasTyped() {
        long account = fixtures.account("Board Quote", "rep1");
        int opportunity = QuoteApi.as("rep1").body(Map.of("accountId", account, "name", "Fleet of three",
                "amount", 90000, "expectedCloseDate", java.time.LocalDate.now().plusDays(30).toString()))
                .post("/api/opportunities").then().statusCode(201).extract().path("id");
        String rep = Sessions.signIn("rep1");
        page(rep).get("/pipeline").then().statusCode(200)
                .body(containsString("/quotes/new?account=" + account + "&amp;opportunity=" + opportunity));
        page(rep).get("/quotes/new?account=" + account + "&opportunity=" + opportunity).then().statusCode(200)
                .body(containsString("Fleet of three"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/quotes/new?account=" + account, rep);
        form(rep, csrf).formParam("account", account).formParam("opportunity", opportunity)
                .formParam("codes", "NOSUCHCODE").formParam("discountPercent", "7.5").post("/quotes/new").then()
                .statusCode(422).body(containsString("NOSUCHCODE")).body(containsString("value=\"7.5\""));
        String code = QuoteApi.savedConfiguration(QuoteApi.AURA);
        form(rep, csrf).formParam("account", account).formParam("opportunity", opportunity)
                .formParam("codes", code.toLowerCase()).post("/quotes/new").then().statusCode(303);
        QuoteApi.as("rep1").get("/api/opportunities/" + opportunity).then().body("quotes.number[0]", containsString("Q-"));
    }

    @Test
    void theApiSendsTheLinkByMailWhenAnAddressIsGiven() {
        int id = QuoteApi.draft("rep1", fixtures.account("Api Mail", "rep1"));
        String to = "api-" + UUID.randomUUID().toString().substring(0, 6) + "@customer.example.com";
        JsonPath sent = QuoteApi.as("rep1").body(Map.of("email", to)).post("/api/quotes/" + id + "/send").then()
                .statusCode(200).body("status", equalTo("SENT")).body("mail.sent", equalTo(true))
                .body("mail.to", equalTo(to)).extract().jsonPath();
        assertThat(sent.getString("email.body")).contains(sent.getString("link"));
        assertThat(mailbox.getMailsSentTo(to)).singleElement().satisfies(m -> assertThat(m.getText()).contains(sent.getString("link")));
        QuoteApi.as("rep2").body(Map.of("email", to)).post("/api/quotes/" + id + "/email").then().statusCode(404);
        QuoteApi.as("rep1").body(Map.of("email", "not-an-address")).post("/api/quotes/" + id + "/email").then()
                .statusCode(200).body("mail.sent", equalTo(false));
    }

    @Test
    void anApprovedQuoteSaysWhoApprovedItAndNamesTheCarNotItsCode() {
        long account = fixtures.account("Approved Page", "rep1");
        int id = QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 12).then()
                .statusCode(201).extract().path("id");
        String rep = Sessions.signIn("rep1");
        page(rep).get("/quotes/" + id).then().statusCode(200).body(containsString("Needs the approval of a manager"));
        QuoteApi.decide("manager1", id, "approve", "Loyal customer", 0).then().statusCode(200);
        page(rep).get("/quotes/" + id).then().statusCode(200).body(not(containsString("Needs the approval")))
                .body(containsString("Approved by Marta Manager")).body(containsString("Loyal customer"))
                .body(containsString(">Aura · ")).body(not(containsString(">AURA · ")));
        assertThat(QuoteApi.get("rep1", id).getList("lines.productName", String.class)).containsOnly("Aura");
    }
}
