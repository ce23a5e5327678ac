package io.forecourt.quote;

import io.forecourt.testing.RulesFolderTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.forecourt.quote.QuoteApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The approval policy in rules/quote is reloaded with the configurator's, both or neither. */
@QuarkusTest
class QuoteRulesReloadTest {

    static final String ANY_DISCOUNT = """
            package forecourt.quote.test
            import io.forecourt.quote.QuoteUnderReview
            global io.forecourt.quote.Approval approval
            rule "Any discount needs a manager during the audit"
            when
                QuoteUnderReview(maxDiscountPercent > 0)
            then
                approval.needs(drools, "manager", "While the audit runs, every discount is approved by a manager.");
            end
            """;

    @Inject
    QuoteFixtures fixtures;

    static final String QUOTE = "sets.find { it.name == 'quote' }";
    static final String CONFIGURATOR = "sets.find { it.name == 'configurator' }";

    static Path rules() {
        return Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class));
    }

    static JsonPath inService() {
        return as("admin1").get("/api/admin/rules").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theAdminSeesBothRuleBasesWithTheirVersions() {
        JsonPath rules = inService();
        assertThat(rules.getString(QUOTE + ".version")).hasSize(12).isNotEqualTo(rules.getString(CONFIGURATOR + ".version"));
        assertThat(rules.getList(QUOTE + ".rules.name", String.class)).contains("Discount above 10 % needs a manager",
                "Discount above 20 % needs an admin", "Margin below 5 % is refused");
        assertThat(rules.getList(QUOTE + ".files", String.class)).contains("quote/approval.drl");
    }

    @Test
    void aNewQuoteRuleTakesEffectOnReloadAndABrokenFileInEitherFolderChangesNothing() throws Exception {
        long account = fixtures.account("Rules Audit", "rep1");
        Path added = rules().resolve("quote").resolve("zz-audit.drl");
        Path brokenQuote = rules().resolve("quote").resolve("zz-broken.drl");
        Path brokenConfigurator = rules().resolve("configurator").resolve("cars").resolve("zz-broken-too.drl");
        JsonPath before = inService();
        try {
            QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 5).then()
                    .statusCode(201).body("status", equalTo("DRAFT"));
            Files.writeString(added, ANY_DISCOUNT);
            String audited = as("admin1").post("/api/admin/rules/reload").then().statusCode(200)
                    .body(QUOTE + ".rules.name", hasItem("Any discount needs a manager during the audit"))
                    .body(CONFIGURATOR + ".version", equalTo(before.getString(CONFIGURATOR + ".version")))
                    .extract().path(QUOTE + ".version");
            assertThat(audited).isNotEqualTo(before.getString(QUOTE + ".version"));
            QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 5).then()
                    .statusCode(201).body("status", equalTo("PENDING_APPROVAL"))
                    .body("approval.decisions[0].rule", equalTo("Any discount needs a manager during the audit"));

            Files.writeString(brokenQuote, ANY_DISCOUNT.replace("audit\"", "audit 2\"").replace("> 0)", "> 0"));
            as("admin1").post("/api/admin/rules/reload").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].file", startsWith("quote/zz-broken.drl"));
            assertThat(inService().getString(QUOTE + ".version")).isEqualTo(audited);
            Files.delete(brokenQuote);

            Files.writeString(brokenConfigurator, "package forecourt.configurator.broken\nrule \"Half a rule\" when\n");
            Files.delete(added);
            as("admin1").post("/api/admin/rules/reload").then().statusCode(422)
                    .body("errors[0].file", equalTo("configurator/cars/zz-broken-too.drl"));
            assertThat(inService().getString(QUOTE + ".version")).as("the quote rules stay with the old generation")
                    .isEqualTo(audited);
            QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 5).then()
                    .statusCode(201).body("status", equalTo("PENDING_APPROVAL"));
        } finally {
            Files.deleteIfExists(added);
            Files.deleteIfExists(brokenQuote);
            Files.deleteIfExists(brokenConfigurator);
            as("admin1").post("/api/admin/rules/reload").then().statusCode(200);
        }
        assertThat(inService().getString(QUOTE + ".version")).isEqualTo(before.getString(QUOTE + ".version"));
        QuoteApi.create("rep1", account, List.of(QuoteApi.savedConfiguration(QuoteApi.AURA)), 5).then()
                .statusCode(201).body("status", equalTo("DRAFT"));
    }
}
