package io.forecourt.quote;

import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real rules/quote/approval.drl through its façade: a rule fires, another fires instead, nothing fires. */
class ApprovalRulesTest {

    static QuoteRuleBase rules;

    @BeforeAll
    static void compileTheRealFolder() {
        List<RuleError> errors = new ArrayList<>();
        rules = new QuoteRules().compile(RuleFiles.read("quote", Path.of("rules", "quote"), true), errors);
        assertThat(errors).isEmpty();
    }

    static List<String> decisions(double maxDiscount, double margin) {
        QuoteUnderReview quote = new QuoteUnderReview(maxDiscount, maxDiscount, margin, 30_000, "EUR", "rep");
        LineUnderReview line = new LineUnderReview("AURA", "ABC123", 30_000, maxDiscount, margin);
        return rules.review(quote, List.of(line)).stream().map(d -> d.level() + ": " + d.rule()).toList();
    }

    @Test
    void aDiscountAboveTenPercentNeedsAManager() {
        assertThat(decisions(12, 18)).containsExactly("MANAGER: Discount above 10 % needs a manager");
    }

    @Test
    void aDiscountAboveTwentyPercentNeedsAnAdminInstead() {
        assertThat(decisions(22, 8)).containsExactly("ADMIN: Discount above 20 % needs an admin");
    }

    @Test
    void aThinMarginIsRefusedAndTheRefusalComesFirst() {
        assertThat(decisions(25, 3)).containsExactly("REFUSED: Margin below 5 % is refused",
                "ADMIN: Discount above 20 % needs an admin");
    }

    @Test
    void aSmallDiscountWithAHealthyMarginNeedsNobody() {
        assertThat(decisions(10, 22)).isEmpty();
        assertThat(rules.files()).containsExactly("quote/approval.drl");
        assertThat(rules.version()).hasSize(12);
    }
}
