package io.forecourt.browser;

import io.forecourt.testing.RulesFolderTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin reloads the rules after someone saved a half-written file: the page names the file and
 * the line, and the rules in service stay as they were; once the file is gone a reload succeeds.
 * Works on the test copy of rules/, never the real folder.
 */
@QuarkusTest
class AdminRulesJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void aBrokenRuleIsShownWithFileAndLineAndNothingChanges(int width) throws Exception {
        at(width);
        signInAs("admin1");
        open("/admin");
        click("main a[href='/admin/rules']");
        String version = text("#set-configurator h2");

        Path rules = Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class));
        Path broken = rules.resolve("configurator").resolve("cars").resolve("zz-browser-broken-" + width + ".drl");
        try {
            Files.writeString(broken, """
                    package forecourt.configurator.cars.brokenbrowser
                    rule "Half written"
                    when
                        Chosen(code == "COL_RED_METALLIC"
                    then
                    end
                    """);
            click("form[action='/admin/rules/reload'] button[type=submit]");
            checkPage();
            snap("main", "rules-broken");
            assertThat(text(".alert.error")).contains("The rules were not reloaded")
                    .contains("configurator/cars/zz-browser-broken-" + width + ".drl").contains("line ");
            assertThat(text("#set-configurator h2")).isEqualTo(version);
        } finally {
            Files.deleteIfExists(broken);
        }
        click("form[action='/admin/rules/reload'] button[type=submit]");
        checkPage();
        assertThat(text(".alert.ok")).contains("in service now");
        assertThat(text("#set-configurator h2")).isEqualTo(version);
    }
}
