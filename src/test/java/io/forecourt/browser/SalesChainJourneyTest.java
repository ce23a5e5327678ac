package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales chain in one story: a customer saves a complete car; the rep quotes it from an open
 * opportunity ("Quote this" on the pipeline) and sends it; the customer reviews and confirms through
 * the link (no account); the order appears for the rep and the opportunity is Closed Won.
 */
@QuarkusTest
class SalesChainJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void repQuotesASavedCarTheCustomerAcceptsAndTheOrderAppears(int width) {
        at(width);
        String code = customerSavesACompleteCar();

        signInAs("rep1");
        String[] accountAndOpportunity = new String[2];
        String quote = repQuotes(code, accountAndOpportunity);
        String link = repSends();

        signOut();
        customerAccepts(link);

        signInAs("rep1");
        open("/orders");
        // the newest order is the customer's: it names the quote it came from
        String order = (String) js("return Array.from(document.querySelectorAll('main a[href^=\"/orders/\"]'))"
                + ".map(function (a) { return a.getAttribute('href'); })"
                + ".sort(function (a, b) { return b.split('/').pop() - a.split('/').pop(); })[0]");
        snap("main", "orders");
        open(order);
        assertThat(text("main")).contains(quote);

        // the deal the quote was made for is won, on the account page and in the API
        open("/accounts/" + accountAndOpportunity[0]);
        assertThat(text("main")).containsPattern("(?is)Browser deal " + width + ".{0,60}closed won");
        io.restassured.RestAssured.given().auth().preemptive().basic("rep1", "demo")
                .get("/api/opportunities/" + accountAndOpportunity[1])
                .then().statusCode(200).body("stage", org.hamcrest.Matchers.equalTo("CLOSED_WON"));
    }

    private String customerSavesACompleteCar() {
        open("/configure/AURA");
        if (!all("#configurator button[name=complete]").isEmpty()) {
            click("#configurator button[name=complete]");
        }
        waitForText(".summary", "Ready to order");
        click("form.save button[type=submit]");
        return text(".lead strong");
    }

    /**
     * The quote's number, after "Quote this" on an opportunity of its own (opened for this journey on one
     * of rep1's accounts, so the demo pipeline stays as it is) and the share code typed into the
     * new-quote form, where the opportunity comes preselected.
     */
    private String repQuotes(String code, String[] accountAndOpportunity) {
        io.restassured.specification.RequestSpecification rep1 = io.restassured.RestAssured.given().auth().preemptive()
                .basic("rep1", "demo").contentType("application/json");
        int account = rep1.get("/api/accounts?size=1").then().statusCode(200).extract().path("items[0].id");
        int opportunity = rep1.body(java.util.Map.of("accountId", account, "name", "Browser deal " + width, "amount", 30000,
                        "expectedCloseDate", java.time.LocalDate.now().plusMonths(1).toString()))
                .post("/api/opportunities").then().statusCode(201).extract().path("id");
        accountAndOpportunity[0] = String.valueOf(account);
        accountAndOpportunity[1] = String.valueOf(opportunity);
        open("/accounts/" + account);
        snap("main", "account");
        click("main a[href*='/quotes/new?account=" + account + "&opportunity=" + opportunity + "']");
        snap("main", "quote-new");
        assertThat(find("input[name=opportunity][value='" + opportunity + "']").isSelected())
                .as("the opportunity is preselected").isTrue();
        type("form.quote-new input[name=codes]", code);
        click("form.quote-new button[type=submit]");
        assertThat(text("h1")).startsWith("Quote ");
        assertThat(text("main")).contains(code);
        return text("h1").replace("Quote ", "").replaceAll(" .*", "");
    }

    private String repSends() {
        clickText("button", "Send to the customer");
        snap("main", "quote-sent");
        return find("a[href*='/quotes/q']").getAttribute("href");
    }

    private void customerAccepts(String link) {
        driver.get(link);
        checkPage();
        snap("main", "customer-quote");
        click("a[href$='/review']");
        snap("main", "customer-review");
        // nothing is ordered without the confirmation: the box must be ticked
        click("form.quote-confirm input[name=confirm]");
        click("form.quote-confirm button[type=submit]");
        assertThat(text("main")).containsIgnoringCase("order");
    }
}
