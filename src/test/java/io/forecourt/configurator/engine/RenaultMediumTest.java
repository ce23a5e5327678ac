package io.forecourt.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on Renault "medium" (148 variables, 174 tables) and its 8,252 real sales. */
class RenaultMediumTest {

    private static XcspReader.Instance instance;
    private static ConfigModel model;
    private static ConfiguratorEngine compiled;
    private static ConfiguratorEngine search;
    private static IndependentChecker checker;
    private static List<Assignment> sales;

    @BeforeAll
    static void load() {
        RenaultData.assumePresent("medium");
        instance = RenaultData.instance("medium");
        model = instance.model();
        compiled = ConfiguratorEngine.of(model);
        search = ConfiguratorEngine.of(model, 0);
        checker = new IndependentChecker(instance);
        sales = RenaultData.sales("medium", model);
    }

    @Test
    void compiledDiagramCountsThePublishedNumberOfConfigurations() {
        assertThat(compiled.isCompiled()).isTrue();
        assertThat(compiled.countConfigurations(model.emptyAssignment())).contains(BigInteger.valueOf(278_744));
    }

    @Test
    void everySoldConfigurationIsConsistent() {
        assertThat(sales).hasSize(8_252);
        for (Assignment sold : sales) {
            assertThat(compiled.validDomains(sold).consistent()).as("sold %s", sold).isTrue();
        }
        for (Assignment sold : sales.subList(0, 300)) {
            assertThat(search.validDomains(sold).consistent()).as("sold %s", sold).isTrue();
        }
    }

    @Test
    void soldConfigurationsCompleteToValidCars() {
        for (int i = 0; i < sales.size(); i += 97) {
            Assignment sold = sales.get(i);
            for (ConfiguratorEngine engine : List.of(compiled, search)) {
                Map<String, String> full = engine.complete(sold).orElseThrow().choices();
                assertThat(checker.violations(full)).isEmpty();
                assertThat(full).containsAllEntriesOf(sold.choices());
            }
        }
    }

    @Test
    void editingASoldCarToViolateATableIsRefusedAndExplainedByThatTable() {
        int checked = 0;
        Random random = new Random(7);
        while (checked < 30) {
            // a real sale, completed to a full car; then one value edited so exactly one table breaks
            Assignment car = compiled.complete(sales.get(random.nextInt(sales.size()))).orElseThrow();
            int x = random.nextInt(model.variableCount());
            int w = random.nextInt(model.domainSize(x));
            List<String> broken = checker.violations(car.with(x, w).choices());
            if (broken.size() != 1) {
                continue;
            }
            Assignment edited = car.with(x, w);
            for (ConfiguratorEngine engine : List.of(compiled, search)) {
                assertThat(engine.validDomains(edited).consistent()).isFalse();
                // every other constraint holds for the edited car, so each explanation must name this one
                Explanation why = engine.explain(edited, x, w);
                assertThat(why.available()).isFalse();
                assertThat(why.constraints()).contains(broken.get(0));
                assertThat(engine.validDomains(edited.without(x)).consistent()).isTrue();
                assertThat(engine.repairs(edited)).isNotEmpty().allSatisfy(r -> assertThat(r.change()).hasSize(1));
            }
            checked++;
        }
    }

    @Test
    void randomPartialConfigurationsHaveNoDeadEnds() {
        Random random = new Random(2024);
        int refuted = 0;
        for (int round = 0; round < 40; round++) {
            Assignment a = partial(random);
            ValidDomains vd = compiled.validDomains(a);
            ValidDomains bySearch = search.validDomains(a);
            List<int[]> unavailable = new ArrayList<>();
            for (int v = 0; v < model.variableCount(); v++) {
                for (int val = 0; val < model.domainSize(v); val++) {
                    assertThat(bySearch.isAvailable(v, val)).isEqualTo(vd.isAvailable(v, val));
                    if (vd.isAvailable(v, val)) {
                        for (ValidDomains d : List.of(vd, bySearch)) {
                            Map<String, String> w = SmallCarModel.names(model, d.witness(v, val).orElseThrow());
                            assertThat(checker.violations(w)).isEmpty();
                            assertThat(w).containsAllEntriesOf(a.choices())
                                    .containsEntry(model.variableName(v), model.valueName(v, val));
                        }
                    } else if (!a.isAssigned(v)) {
                        unavailable.add(new int[] {v, val});
                    }
                }
            }
            for (int k = 0; k < 3 && !unavailable.isEmpty(); k++) {
                int[] pick = unavailable.remove(random.nextInt(unavailable.size()));
                Map<String, String> probe = a.with(pick[0], pick[1]).choices();
                assertThat(checker.extendable(probe, 5_000_000)).as("no completion of %s", probe).isFalse();
                refuted++;
            }
        }
        assertThat(refuted).isGreaterThan(40);
    }

    @Test
    void concurrentClicksGetTheSameAnswersAsSequentialOnes() throws Exception {
        Random random = new Random(5);
        List<Assignment> clicks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            clicks.add(partial(random));
        }
        List<String> expected = clicks.stream().map(a -> availability(compiled.validDomains(a))).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (Assignment a : clicks) {
                answers.add(pool.submit(() -> availability(compiled.validDomains(a))));
            }
            for (int i = 0; i < clicks.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fallsBackToSearchWhenTheDiagramWouldExceedItsBudget() {
        ConfiguratorEngine small = ConfiguratorEngine.of(model, 100);

        assertThat(small.isCompiled()).isFalse();
        Assignment sold = sales.get(0);
        assertThat(availability(small.validDomains(sold))).isEqualTo(availability(compiled.validDomains(sold)));
    }

    private static String availability(ValidDomains vd) {
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < model.variableCount(); v++) {
            for (int val = 0; val < model.domainSize(v); val++) {
                sb.append(vd.isAvailable(v, val) ? '1' : '0');
            }
        }
        return sb.toString();
    }

    /** A random subset of a sale's choices, sometimes with one random extra choice (may conflict). */
    private static Assignment partial(Random random) {
        Assignment sold = sales.get(random.nextInt(sales.size()));
        Assignment a = model.emptyAssignment();
        int[] chosen = sold.assignedVariables();
        for (int k = random.nextInt(8); k > 0; k--) {
            int v = chosen[random.nextInt(chosen.length)];
            a = a.with(v, sold.value(v));
        }
        if (random.nextBoolean()) {
            int v = random.nextInt(model.variableCount());
            a = a.with(v, random.nextInt(model.domainSize(v)));
        }
        return a;
    }
}
