package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales chain in one story: a customer saves a complete car, the rep quotes it and sends it,
 * the customer accepts it through the link (no account), and the order appears for the rep.
 */
@QuarkusTest
class SalesChainJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void repQuotesASavedCarTheCustomerAcceptsAndTheOrderAppears(int width) {
        at(width);
        String code = customerSavesACompleteCar();

        signInAs("rep1");
        String quote = repQuotes(code);
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

    /** The quote's number, after creating it from the list page's "New quote" form. */
    private String repQuotes(String code) {
        open("/quotes");
        snap("main", "quotes");
        click("details.quote-new summary");
        type("form[action='/quotes'] input[name=configurations]", code);
        click("form[action='/quotes'] button[type=submit]");
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
        clickText("button", "Accept and order");
        assertThat(text("main")).containsIgnoringCase("order");
    }
}
