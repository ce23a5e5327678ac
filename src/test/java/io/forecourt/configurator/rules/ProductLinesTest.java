package io.forecourt.configurator.rules;

import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;
import io.forecourt.rules.RulesRejected;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules belong to the products their folder declares: two lines sharing group and option codes never meet. */
class ProductLinesTest {

    static final String HEADER = """
            import io.forecourt.configurator.rules.Configuring
            import io.forecourt.configurator.rules.Chosen
            global io.forecourt.configurator.rules.Outcome outcome
            """;

    static final String CARS = "package forecourt.configurator.cars\n" + HEADER + """
            rule "Four packages save 500"
            when
                Number(intValue >= 4) from accumulate(Chosen(group == "PACKAGES"), count(1))
            then
                outcome.adjust(drools, "Loyalty saving", -500);
            end
            rule "Sport needs alloys"
            when
                Chosen(code == "PKG_SPORT")
                not Chosen(code == "WHEEL_ALLOY")
            then
                outcome.violation(drools, "Sport needs alloys.");
            end
            rule "Steel wheels unless others are chosen"
            when
                not Chosen(group == "WHEELS")
            then
                outcome.defaultChoice(drools, "WHEEL_STEEL");
            end
            """;

    static final String BIKES = "package forecourt.configurator.bikes\n" + HEADER + """
            rule "Sport pack needs the big battery"
            when
                Chosen(code == "PKG_SPORT")
                not Chosen(code == "BAT_750")
            then
                outcome.violation(drools, "The sport pack needs the 750 Wh battery.");
            end
            """;

    static RuleBase twoLines() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cars/products.txt", "# the cars\nAURA, TERRA\n");
        files.put("cars/rules.drl", CARS);
        files.put("bikes/products.txt", "BOLT\n");
        files.put("bikes/rules.drl", BIKES);
        return ConfiguratorRules.compile(new RuleFiles("configurator", files));
    }

    static Outcome fire(RuleBase base, String product, String... codes) {
        return base.fire(product, "DE", Stream.of(codes).map(c -> new Chosen(c, c.startsWith("PKG_") ? "PACKAGES"
                : c.startsWith("WHEEL_") ? "WHEELS" : "BATTERY")).toList());
    }

    @Test
    void pricingConstraintsAndDefaultsStayWithTheirProductLine() {
        RuleBase base = twoLines();
        String[] fourPackages = {"PKG_A", "PKG_B", "PKG_C", "PKG_SPORT", "WHEEL_ALLOY", "BAT_750"};

        Outcome car = fire(base, "AURA", fourPackages);
        assertThat(car.adjustments()).extracting(Outcome.Adjustment::rule).containsExactly("Four packages save 500");
        assertThat(fire(base, "TERRA", "PKG_SPORT").violations()).extracting(Outcome.Violation::rule)
                .containsExactly("Sport needs alloys");

        Outcome bike = fire(base, "BOLT", fourPackages);
        assertThat(bike.adjustments()).as("the cars' bundle saving never reaches a bike").isEmpty();
        assertThat(bike.defaults()).as("nor the cars' default wheels").isEmpty();
        assertThat(fire(base, "BOLT", "PKG_SPORT", "WHEEL_ALLOY").violations()).extracting(Outcome.Violation::rule)
                .containsExactly("Sport pack needs the big battery");
        assertThat(fire(base, "AURA", "PKG_SPORT", "WHEEL_ALLOY").violations()).isEmpty();

        assertThat(fire(base, "UNKNOWN", fourPackages).adjustments()).as("a product no line governs gets no rules").isEmpty();
    }

    @Test
    void policyRulesAreScopedToTheirLinesProducts() {
        RuleBase base = twoLines();
        assertThat(base.constraintsFor("AURA", "DE")).extracting(PolicyRule::name).containsExactly("Sport needs alloys");
        assertThat(base.constraintsFor("BOLT", "DE")).extracting(PolicyRule::name)
                .containsExactly("Sport pack needs the big battery");
        assertThat(base.lines()).extracting(RuleBase.ProductLine::folder).containsExactly("bikes", "cars");
    }

    @Test
    void aRuleFileOutsideAProductLineOrAProductInTwoLinesIsRefused() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("loose.drl", CARS);
        files.put("cars/products.txt", "AURA\n");
        files.put("cars/rules.drl", CARS);
        files.put("bikes/products.txt", "AURA\n");
        files.put("bikes/rules.drl", BIKES);
        files.put("boats/rules.drl", BIKES.replace("bikes", "boats").replace("Sport pack", "Boat pack"));
        assertThatThrownBy(() -> ConfiguratorRules.compile(new RuleFiles("configurator", files)))
                .isInstanceOfSatisfying(RulesRejected.class, e -> assertThat(e.errors()).extracting(RuleError::file)
                        .contains("configurator/loose.drl", "configurator/cars/products.txt",
                                "configurator/boats/products.txt"));
    }

    @Test
    void aRuleCannotNameAProductItsLineDoesNotDeclare() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bikes/products.txt", "BOLT\n");
        files.put("bikes/rules.drl", "package forecourt.configurator.bikes\n" + HEADER + """
                rule "Reaching for a car"
                when
                    Configuring(product == "AURA")
                    Chosen(code == "PKG_SPORT")
                then
                    outcome.violation(drools, "no");
                end
                """);
        assertThatThrownBy(() -> ConfiguratorRules.compile(new RuleFiles("configurator", files)))
                .isInstanceOfSatisfying(RulesRejected.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> {
                            assertThat(err.file()).isEqualTo("configurator/bikes/rules.drl");
                            assertThat(err.line()).isPositive();
                            assertThat(err.message()).contains("AURA");
                        }));
    }
}
