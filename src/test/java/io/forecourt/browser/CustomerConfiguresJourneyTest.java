package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer (no account needed) builds a car, meets a conflict, repairs it, saves and shares it. */
@QuarkusTest
class CustomerConfiguresJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void customerConfiguresRepairsASConflictSavesAndShares(int width) {
        at(width);
        open("/configure");
        click("a[href='/configure/AURA']");
        assertThat(text("h1")).isEqualTo("Aura");
        String before = text(".total strong");

        // a click updates the page in place (JavaScript on): the chosen option is selected, the price follows
        String option = (String) js("var i = document.querySelector('#configurator input[type=radio]:not(:checked):not(:disabled)"
                + ":not([value=\"\"])'); return i.id || i.closest('label').id;");
        click("#" + option);
        waitFor(d -> find("#" + option).getAttribute("class").contains("selected"));
        assertThat(driver.getCurrentUrl()).contains("s=");

        // defaults are suggestions: on a fresh Aura the Premium trim is open although the default wheels
        // do not fit it; choosing it replaces the default wheels and the page says so
        open("/configure/AURA?market=DE");
        assertThat(find("#opt-TRIM_PREMIUM").getAttribute("class")).doesNotContain("unavailable");
        click("#opt-TRIM_PREMIUM");
        waitForText(".changes", "Wheels");
        assertThat(find("#opt-TRIM_PREMIUM").getAttribute("class")).contains("selected");
        snap("main", "configure-default-replaced");

        // a conflict (yellow is a Sport package colour) is shown with one-click repairs
        open("/configure/AURA?s=COL_YELLOW_SOLID&market=DE");
        assertThat(text(".violations")).contains("Sunburst yellow is a Sport package colour");
        snap("main", "configure-conflict");
        // a repair may lead to the next rule (the Sport package needs bigger wheels): repair until none is left
        for (int step = 0; step < 5 && !all(".violations").isEmpty(); step++) {
            click(".violations .repairs button");
        }
        assertThat(all(".violations")).as("violations after repairing").isEmpty();

        // complete the rest, then save with a name and get the share link
        if (!all("#configurator button[name=complete]").isEmpty()) {
            click("#configurator button[name=complete]");
        }
        waitForText(".summary", "Ready to order");
        assertThat(text(".total strong")).isNotEqualTo(before).endsWith("EUR");
        snap(".summary", "configure-summary");
        type("form.save input[name=name]", "Journey Customer " + width);
        type("form.save input[name=email]", "journey" + width + "@example.com");
        click("form.save button[type=submit]");
        assertThat(text("h1")).isEqualTo("Your Aura");
        String code = text(".lead strong");
        snap("main", "saved-configuration");
        assertThat(text("aside.card")).contains("Ready for a quote");
        String shared = driver.getCurrentUrl();
        assertThat(shared).endsWith("/configurations/" + code);

        // whoever gets the link sees the same configuration, and can open it in the configurator
        signOut();
        driver.get(shared);
        checkPage();
        assertThat(text(".lead")).contains(code);
        click("a.button[href^='/configure/AURA']");
        assertThat(text(".summary")).contains("Ready to order");
    }
}
