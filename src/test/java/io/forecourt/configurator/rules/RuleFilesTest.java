package io.forecourt.configurator.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real files in rules/configurator/cars: for each, a rule fires, another fires instead, nothing fires. */
class RuleFilesTest {

    static RuleBase rules;

    @BeforeAll
    static void compileTheRealFolder() {
        rules = ConfiguratorRules.compileFolder(Path.of("rules", "configurator"));
    }

    static List<String> violations(String product, String market, String... codes) {
        return rules.fire(product, market, Stream.of(codes).map(c -> new Chosen(c, groupOf(c))).toList())
                .violations().stream().map(Outcome.Violation::rule).toList();
    }

    static String groupOf(String code) {
        return code.startsWith("PKG_") ? "PACKAGES" : code.startsWith("COL_") ? "COLOUR" : code.startsWith("INT_") ? "INTERIOR"
                : code.startsWith("WHEEL_") ? "WHEELS" : code.startsWith("TRIM_") ? "TRIM" : code.startsWith("ENG_") ? "ENGINE"
                : code.startsWith("GB_") ? "GEARBOX" : code.startsWith("TOW_") ? "TOWBAR" : "OTHER";
    }

    static final String[] VALID_AURA = {"ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC", "INT_LEATHER_BLACK",
            "WHEEL_18_ALLOY", "PKG_WINTER", "PKG_SPORT", "TOW_RETRACT"};

    @Test
    void compatibility() {
        assertThat(violations("AURA", "DE", "INT_LEATHER_BLACK", "TRIM_BASE"))
                .containsExactly("Leather interior needs the Style or Premium trim");
        assertThat(violations("AURA", "DE", "INT_LEATHER_BLACK", "TRIM_STYLE", "PKG_SPORT", "ENG_P150", "WHEEL_16_ALLOY"))
                .containsExactly("The Sport package needs 18-inch alloy wheels or larger");
        assertThat(violations("AURA", "DE", VALID_AURA)).isEmpty();
    }

    @Test
    void availabilityByMarket() {
        assertThat(violations("TERRA", "UK", "ENG_D200")).containsExactly("The 150 and 200 hp diesels are not sold in the UK");
        assertThat(violations("TERRA", "FR", "ENG_D200", "TOW_RETRACT"))
                .containsExactly("Retractable towbars are not approved in France");
        assertThat(violations("TERRA", "DE", "ENG_D200", "TOW_RETRACT")).isEmpty();
    }

    @Test
    void pricing() {
        assertThat(adjustments("AURA", "PKG_WINTER", "PKG_PARKING"))
                .containsExactly("Comfort bundle: Winter and Parking packages together save 200");
        assertThat(adjustments("VOLTA", "TRIM_PREMIUM", "PKG_PARKING"))
                .containsExactly("The Parking package is free with the Premium trim (Volta)");
        assertThat(adjustments("TERRA", "PKG_WINTER", "PKG_SAFETY", "PKG_SPORT", "PKG_FAMILY"))
                .containsExactly("Four packages earn a loyalty saving of 500");
        assertThat(adjustments("AURA", "PKG_WINTER", "TRIM_PREMIUM")).isEmpty();
    }

    @Test
    void defaults() {
        assertThat(defaultsFor("VOLTA")).contains("COL_WHITE_SOLID", "TRIM_BASE", "INT_CLOTH_GREY", "WHEEL_18_AERO",
                "ENG_E286", "GB_AUTO1");
        assertThat(defaultsFor("AURA", "COL_RED_METALLIC", "ENG_P150")).contains("WHEEL_16_STEEL")
                .doesNotContain("COL_WHITE_SOLID", "ENG_P110", "GB_MAN6");
        assertThat(defaultsFor("AURA", VALID_AURA)).isEmpty();
    }

    /** Every constraint rule, read as policy, fires when its conditions hold and stops when its "not" part is met. */
    @Test
    void everyConstraintRuleFiresExactlyWhenItsConditionsHold() {
        List<PolicyRule> constraints = rules.rules().stream().filter(r -> r.kind() == PolicyRule.Kind.CONSTRAINT).toList();
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(20);
        for (PolicyRule r : constraints) {
            String product = r.products().isEmpty() ? "AURA" : r.products().iterator().next();
            String market = r.markets().isEmpty() ? Stream.of("DE", "FR", "UK").filter(m -> !r.excludedMarkets().contains(m))
                    .findFirst().orElseThrow() : r.markets().iterator().next();
            List<String> firing = new ArrayList<>();
            r.requiresChosen().forEach(set -> firing.add(set.iterator().next()));
            assertThat(violations(product, market, firing.toArray(String[]::new))).as(r.name()).contains(r.name());
            for (Set<String> forbids : r.forbidsChosen()) {
                List<String> satisfied = new ArrayList<>(firing);
                satisfied.add(forbids.iterator().next());
                assertThat(violations(product, market, satisfied.toArray(String[]::new))).as(r.name())
                        .doesNotContain(r.name());
            }
        }
    }

    static List<String> adjustments(String product, String... codes) {
        return rules.fire(product, "DE", Stream.of(codes).map(c -> new Chosen(c, groupOf(c))).toList())
                .adjustments().stream().map(Outcome.Adjustment::rule).toList();
    }

    static List<String> defaultsFor(String product, String... codes) {
        return rules.fire(product, "DE", Stream.of(codes).map(c -> new Chosen(c, groupOf(c))).toList())
                .defaults().stream().map(Outcome.Default::option).toList();
    }
}
