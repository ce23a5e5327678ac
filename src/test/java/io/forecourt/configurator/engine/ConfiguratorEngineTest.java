package io.forecourt.configurator.engine;

import static io.forecourt.configurator.engine.SmallCarModel.DISCONTINUED;
import static io.forecourt.configurator.engine.SmallCarModel.ENGINE_TABLE;
import static io.forecourt.configurator.engine.SmallCarModel.LEATHER_RULE;
import static io.forecourt.configurator.engine.SmallCarModel.PACKS_RULE;
import static io.forecourt.configurator.engine.SmallCarModel.TOWBAR_RULE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour on a small hand-built car, for both the compiled and the search engine. */
class ConfiguratorEngineTest {

    private static final ConfigModel MODEL = SmallCarModel.build();

    static Stream<ConfiguratorEngine> engines() {
        return Stream.of(ConfiguratorEngine.of(MODEL), ConfiguratorEngine.of(MODEL, 0));
    }

    private static Assignment choose(String... pairs) {
        Assignment a = MODEL.emptyAssignment();
        for (int i = 0; i < pairs.length; i += 2) {
            a = a.with(pairs[i], pairs[i + 1]);
        }
        return a;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void leatherLeavesOnlyPremiumTrim(ConfiguratorEngine engine) {
        ValidDomains vd = engine.validDomains(choose("interior", "LEATHER"));

        assertThat(vd.available("trim")).containsExactly("PREMIUM");
        Explanation why = engine.explain(vd.assignment(), "trim", "BASE");
        assertThat(why.available()).isFalse();
        assertThat(why.blockingChoices()).containsExactly(new Choice("interior", "LEATHER"));
        assertThat(why.constraints()).containsExactly(LEATHER_RULE);
        assertThat(why.minimal()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void electricEngineBlocksTowbarThroughTheGearbox(ConfiguratorEngine engine) {
        ValidDomains vd = engine.validDomains(choose("engine", "ELECTRIC", "market", "DE"));

        assertThat(vd.available("gearbox")).containsExactly("AUTO");
        assertThat(vd.available("towbar")).containsExactly(ConfigModel.NONE);
        Explanation why = engine.explain(vd.assignment(), "towbar", "FIXED");
        assertThat(why.blockingChoices()).containsExactly(new Choice("engine", "ELECTRIC"));
        assertThat(why.constraints()).containsExactlyInAnyOrder(ENGINE_TABLE, TOWBAR_RULE);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void optionalGroupCanStayEmptyAndDiscontinuedValueIsNeverOffered(ConfiguratorEngine engine) {
        ValidDomains vd = engine.validDomains(MODEL.emptyAssignment());

        assertThat(vd.available("towbar")).containsExactly(ConfigModel.NONE, "FIXED");
        Explanation why = engine.explain(vd.assignment(), "towbar", "REMOVABLE");
        assertThat(why.blockingChoices()).isEmpty();
        assertThat(why.constraints()).containsExactly(DISCONTINUED);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void thirdPackExceedsTheGroupMaximum(ConfiguratorEngine engine) {
        ValidDomains vd = engine.validDomains(choose("packs/WINTER", "1", "packs/SUN", "1"));

        assertThat(vd.available("packs/TECH")).containsExactly(ConfigModel.UNSELECTED);
        Explanation why = engine.explain(vd.assignment(), "packs/TECH", "1");
        assertThat(why.blockingChoices()).containsExactlyInAnyOrder(
                new Choice("packs/WINTER", "1"), new Choice("packs/SUN", "1"));
        assertThat(why.constraints()).containsExactly(PACKS_RULE);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void chosenVariableKeepsOnlyItsValueAndExplainsTheOthers(ConfiguratorEngine engine) {
        Assignment a = choose("engine", "DIESEL", "market", "DE");
        ValidDomains vd = engine.validDomains(a);

        assertThat(vd.available("engine")).containsExactly("DIESEL");
        assertThat(engine.explain(a, "engine", "PETROL").available()).isTrue();
        Explanation why = engine.explain(a.with("market", "FR"), "engine", "DIESEL");
        assertThat(why.blockingChoices()).containsExactly(new Choice("market", "FR"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void repairsChangeAsFewChoicesAsPossible(ConfiguratorEngine engine) {
        // two independent conflicts: {engine, towbar} and {interior, trim}
        Assignment a = choose("engine", "ELECTRIC", "towbar", "FIXED", "interior", "LEATHER", "trim", "BASE");
        assertThat(engine.validDomains(a).consistent()).isFalse();

        List<Repair> repairs = engine.repairs(a);

        assertThat(repairs).hasSize(ConfiguratorEngine.MAX_REPAIRS);
        for (Repair r : repairs) {
            assertThat(r.change()).hasSize(2);
            assertThat(r.minimum()).isTrue();
            assertThat(engine.validDomains(r.relaxed()).consistent()).isTrue();
            Assignment applied = r.relaxed();
            for (Choice c : r.suggestion()) {
                applied = applied.with(c.variable(), c.value());
            }
            assertThat(engine.validDomains(applied).consistent()).isTrue();
        }
        for (int var : a.assignedVariables()) {
            assertThat(engine.validDomains(a.without(var)).consistent()).as("dropping only one choice").isFalse();
        }
    }

    @Test
    void manyIndependentConflictsFallBackToAnIrreducibleRepair() {
        ModelBuilder b = ConfigModel.builder();
        for (int i = 0; i < 12; i++) {
            b.variable("a" + i, "0", "1").variable("b" + i, "0", "1")
                    .excludes("pair " + i, "a" + i, "1", "b" + i, "1");
        }
        ConfigModel m = b.build();
        Assignment all = m.emptyAssignment();
        for (int i = 0; i < 12; i++) {
            all = all.with("a" + i, "1").with("b" + i, "1");
        }
        for (ConfiguratorEngine engine : List.of(ConfiguratorEngine.of(m), ConfiguratorEngine.of(m, 0))) {
            // 2^12 smallest repairs of size 12: beyond the hitting-set bound, so one greedy repair
            List<Repair> repairs = engine.repairs(all);

            assertThat(repairs).singleElement().satisfies(r -> {
                assertThat(r.minimum()).isFalse();
                assertThat(r.change()).hasSize(12);
                assertThat(engine.validDomains(r.relaxed()).consistent()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void repairToAllowAValueNamesTheBlockingChoice(ConfiguratorEngine engine) {
        Assignment a = choose("engine", "ELECTRIC", "interior", "LEATHER");

        List<Repair> repairs = engine.repairsToAllow(a, "towbar", "FIXED");

        assertThat(repairs).hasSize(1);
        assertThat(repairs.get(0).change()).containsExactly(new Choice("engine", "ELECTRIC"));
        assertThat(repairs.get(0).suggestion().get(0).value()).isIn("PETROL", "DIESEL");
        assertThat(repairs.get(0).relaxed().choices()).containsEntry("towbar", "FIXED").containsEntry("interior", "LEATHER");
        assertThat(engine.repairs(a)).singleElement().satisfies(r -> assertThat(r.change()).isEmpty());
        assertThat(engine.repairsToAllow(a, "towbar", "REMOVABLE")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void availabilityAndWitnessesMatchBruteForce(ConfiguratorEngine engine) {
        List<Map<String, String>> all = SmallCarModel.allConfigurations(MODEL);
        List<Map<String, String>> valid = all.stream().filter(SmallCarModel::valid).toList();
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            Assignment a = MODEL.emptyAssignment();
            for (int k = random.nextInt(4); k > 0; k--) {
                int v = random.nextInt(MODEL.variableCount());
                a = a.with(v, random.nextInt(MODEL.domainSize(v)));
            }
            ValidDomains vd = engine.validDomains(a);
            Map<String, String> chosen = a.choices();
            assertThat(vd.consistent()).isEqualTo(valid.stream().anyMatch(c -> extendsChoices(c, chosen)));
            for (int v = 0; v < MODEL.variableCount(); v++) {
                for (int val = 0; val < MODEL.domainSize(v); val++) {
                    String name = MODEL.variableName(v);
                    String value = MODEL.valueName(v, val);
                    boolean expected = valid.stream()
                            .anyMatch(c -> c.get(name).equals(value) && extendsChoices(c, chosen));
                    assertThat(vd.isAvailable(v, val)).as("%s=%s after %s", name, value, chosen).isEqualTo(expected);
                    if (expected) {
                        Map<String, String> w = SmallCarModel.names(MODEL, vd.witness(v, val).orElseThrow());
                        assertThat(SmallCarModel.valid(w)).isTrue();
                        assertThat(w).containsAllEntriesOf(chosen).containsEntry(name, value);
                    }
                }
            }
            engine.complete(a).ifPresentOrElse(
                    full -> assertThat(SmallCarModel.valid(full.choices())).isTrue(),
                    () -> assertThat(vd.consistent()).isFalse());
        }
    }

    private static boolean extendsChoices(Map<String, String> config, Map<String, String> chosen) {
        return chosen.entrySet().stream().allMatch(e -> config.get(e.getKey()).equals(e.getValue()));
    }
}
