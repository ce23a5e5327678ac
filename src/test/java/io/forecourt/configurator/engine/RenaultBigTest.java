package io.forecourt.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Smoke test on Renault "big" (268 variables, 332 tables, 226k tuples): compiles, counts, agrees with search. */
class RenaultBigTest {

    private static XcspReader.Instance instance;
    private static ConfigModel model;
    private static ConfiguratorEngine compiled;
    private static List<Assignment> sales;

    @BeforeAll
    static void load() {
        RenaultData.assumePresent("big");
        instance = RenaultData.instance("big");
        model = instance.model();
        compiled = ConfiguratorEngine.of(model);
        sales = RenaultData.sales("big", model);
    }

    @Test
    void compilesToThePublishedNumberOfConfigurations() {
        assertThat(compiled.isCompiled()).isTrue();
        BigInteger count = compiled.countConfigurations(model.emptyAssignment()).orElseThrow();
        // toulbar2 published 24,566,537,954,855,758,069,760: a double (a multiple of 2^22, the ulp
        // here); the exact count must round to within one ulp of it
        BigInteger published = new BigInteger("24566537954855758069760");
        assertThat(count.subtract(published).abs()).isLessThanOrEqualTo(BigInteger.ONE.shiftLeft(22));
    }

    @Test
    void soldConfigurationsAreConsistentAndAgreeWithSearch() {
        IndependentChecker checker = new IndependentChecker(instance);
        ConfiguratorEngine search = ConfiguratorEngine.of(model, 0);
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Assignment sold = sales.get(random.nextInt(sales.size()));
            assertThat(compiled.validDomains(sold).consistent()).isTrue();
        }
        for (int round = 0; round < 3; round++) {
            Assignment sold = sales.get(random.nextInt(sales.size()));
            Assignment a = model.emptyAssignment();
            for (int v : sold.assignedVariables()) {
                a = random.nextInt(4) == 0 ? a.with(v, sold.value(v)) : a;
            }
            ValidDomains vd = compiled.validDomains(a);
            ValidDomains bySearch = search.validDomains(a);
            for (int v = 0; v < model.variableCount(); v++) {
                for (int val = 0; val < model.domainSize(v); val++) {
                    assertThat(bySearch.isAvailable(v, val)).isEqualTo(vd.isAvailable(v, val));
                }
            }
            for (int k = 0; k < 50; k++) {
                int v = random.nextInt(model.variableCount());
                int val = random.nextInt(model.domainSize(v));
                if (vd.isAvailable(v, val)) {
                    Map<String, String> w = SmallCarModel.names(model, vd.witness(v, val).orElseThrow());
                    assertThat(checker.violations(w)).isEmpty();
                    assertThat(w).containsAllEntriesOf(a.choices());
                }
            }
        }
    }
}
