package io.forecourt.configurator.rules;

import org.junit.jupiter.api.Test;

import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;
import io.forecourt.rules.RulesRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCompilerTest {

    static final String HEADER = """
            package forecourt.configurator
            import io.forecourt.configurator.rules.Configuring
            import io.forecourt.configurator.rules.Chosen
            global io.forecourt.configurator.rules.Outcome outcome
            """;

    /** The files as one product line, "line/", governing AURA, TERRA and VOLTA. */
    static RuleBase compile(Map<String, String> files) {
        Map<String, String> inLine = new LinkedHashMap<>();
        inLine.put("line/products.txt", "AURA\nTERRA\nVOLTA\n");
        files.forEach((name, text) -> inLine.put("line/" + name, text));
        return ConfiguratorRules.compile(new RuleFiles("configurator", inLine));
    }

    @Test
    void readsConstraintRulesAsPolicy() {
        RuleBase base = compile(Map.of("a.drl", HEADER + """
                rule "Leather needs premium trim"
                when
                    Configuring(product == "AURA", market != "UK")
                    Chosen(code in ("INT_LEATHER_BLACK", "INT_LEATHER_TAN"))
                    not Chosen(code == "TRIM_PREMIUM")
                then
                    outcome.violation(drools, "Leather comes with the Premium trim.");
                end
                """));
        PolicyRule rule = base.rules().get(0);
        assertThat(rule.kind()).isEqualTo(PolicyRule.Kind.CONSTRAINT);
        assertThat(rule.products()).containsExactly("AURA");
        assertThat(rule.excludedMarkets()).containsExactly("UK");
        assertThat(rule.requiresChosen()).containsExactly(Set.of("INT_LEATHER_BLACK", "INT_LEATHER_TAN"));
        assertThat(rule.forbidsChosen()).containsExactly(Set.of("TRIM_PREMIUM"));
        assertThat(rule.appliesTo("AURA", "DE")).isTrue();
        assertThat(rule.appliesTo("AURA", "UK")).isFalse();
        assertThat(base.version()).hasSize(12);
    }

    @Test
    void firesOnTheConfigurationAndNamesTheRule() {
        RuleBase base = compile(Map.of("a.drl", HEADER + """
                rule "Towbar needs a strong engine"
                when
                    Chosen(code == "TOW_FIXED")
                    Chosen(code == "ENG_P95")
                then
                    outcome.violation(drools, "The towbar needs 110 hp or more.");
                end
                rule "Winter saving"
                when
                    Chosen(code == "PKG_WINTER")
                    Chosen(code == "WIND_HEATED")
                then
                    outcome.adjust(drools, "Winter bundle", -150);
                end
                """));
        Outcome bad = base.fire("AURA", "DE", List.of(new Chosen("TOW_FIXED", "TOWBAR"), new Chosen("ENG_P95", "ENGINE")));
        assertThat(bad.violations()).extracting(Outcome.Violation::rule).containsExactly("Towbar needs a strong engine");
        Outcome saving = base.fire("AURA", "DE", List.of(new Chosen("PKG_WINTER", "PACKAGES"), new Chosen("WIND_HEATED", "EXTRAS")));
        assertThat(saving.violations()).isEmpty();
        assertThat(saving.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Winter bundle");
            assertThat(a.amount()).isEqualByComparingTo("-150");
        });
        assertThat(base.fire("AURA", "DE", List.of()).violations()).isEmpty();
    }

    @Test
    void rejectsSyntaxErrorsWithFileAndLine() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("good.drl", HEADER);
        files.put("broken.drl", HEADER + """
                rule "Half written"
                when
                    Chosen(code == "X"
                then
                end
                """);
        assertThatThrownBy(() -> compile(files)).isInstanceOfSatisfying(RulesRejected.class, e -> {
            @SuppressWarnings("unchecked")
            List<RuleError> errors = (List<RuleError>) e.extensions().get("errors");
            assertThat(errors).isNotEmpty().allSatisfy(err -> {
                assertThat(err.file()).isEqualTo("configurator/line/broken.drl");
                assertThat(err.line()).isGreaterThan(4);
            });
        });
    }

    @Test
    void rejectsTypeErrorsFoundByTheCompiler() {
        assertThatThrownBy(() -> compile(Map.of("typo.drl", HEADER + """
                rule "Wrong field"
                when
                    Chosen(colour == "RED")
                then
                    outcome.adjust(drools, "x", 1);
                end
                """))).isInstanceOf(RulesRejected.class);
    }

    @Test
    void rejectsConstraintRulesOutsideTheConfiguratorVocabulary() {
        assertThatThrownBy(() -> compile(Map.of("odd.drl", HEADER + """
                rule "Group string test"
                when
                    Chosen(group.startsWith("ENG"))
                then
                    outcome.violation(drools, "no");
                end
                """))).isInstanceOfSatisfying(RulesRejected.class, e ->
                assertThat(e.extensions().get("errors").toString()).contains("Group string test").contains("configurator/line/odd.drl"));
    }

    @Test
    void rejectsTwoRulesWithOneName() {
        String rule = """
                rule "Same"
                when
                    Chosen(code == "A")
                then
                    outcome.violation(drools, "no");
                end
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("one.drl", HEADER + rule);
        files.put("two.drl", HEADER.replaceFirst("package forecourt.configurator", "package forecourt.other") + rule);
        assertThatThrownBy(() -> compile(files)).isInstanceOf(RulesRejected.class)
                .hasMessageContaining("error");
    }
}
