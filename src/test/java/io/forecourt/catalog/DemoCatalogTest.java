package io.forecourt.catalog;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoCatalogTest {

    @Inject
    DemoCatalog demo;

    @Inject
    CatalogService catalog;

    @Test
    void loadingTwiceChangesNothing() {
        List<CatalogEntry> before = demoEntries();
        assertThat(before).extracting(CatalogEntry::code).containsExactlyInAnyOrder("AURA", "TERRA", "VOLTA");
        demo.load();
        assertThat(demoEntries()).isEqualTo(before);
    }

    @Test
    void everyModelHasTheGroupsCustomersExpect() {
        for (String code : DemoCatalog.CODES) {
            ProductDocument p = catalog.get(code);
            assertThat(p.groups()).extracting(GroupDocument::code).as(code)
                    .containsExactly("ENGINE", "GEARBOX", "TRIM", "COLOUR", "INTERIOR", "WHEELS", "PACKAGES", "TOWBAR");
            assertThat(p.currency()).isEqualTo("EUR");
            assertThat(p.markets()).containsExactly("DE", "FR", "UK");
            assertThat(p.group("COLOUR").orElseThrow().options()).hasSizeBetween(5, 7)
                    .allSatisfy(o -> assertThat(o.swatch()).as(o.code()).matches("#[0-9a-f]{6}"));
            GroupDocument packages = p.group("PACKAGES").orElseThrow();
            assertThat(packages.multiple()).isTrue();
            assertThat(packages.max()).isEqualTo(4);
            assertThat(p.group("TOWBAR").orElseThrow().options()).extracting(OptionDocument::code)
                    .containsExactly("TOW_FIXED", "TOW_RETRACT");
            assertThat(p.group("TOWBAR").orElseThrow().required()).isFalse();
            assertThat(p.table("ENGINE_GEARBOX").orElseThrow().columns()).containsExactly("ENGINE", "GEARBOX", "@market");
        }
    }

    /**
     * Enumerates every choice of the groups the tables constrain, in every market, and multiplies the
     * allowed ones by the free choices of the other groups.
     */
    @Test
    void everyModelHasManyCompleteConfigurationsAndNoOptionTheTablesRuleOut() {
        for (String code : DemoCatalog.CODES) {
            ProductDocument p = catalog.get(code);
            Map<String, List<String>> constrained = new LinkedHashMap<>();
            p.tables().forEach(t -> t.columns().stream().filter(c -> !c.equals(VariantTableDocument.MARKET))
                    .forEach(c -> constrained.computeIfAbsent(c, g -> choices(p.group(g).orElseThrow()))));
            Set<String> reachable = new HashSet<>();
            Set<String> marketsWithACar = new HashSet<>();
            long allowed = 0;
            for (String market : p.markets()) {
                for (Map<String, String> choice : cartesian(constrained)) {
                    if (p.tables().stream().allMatch(t -> allows(t, choice, market))) {
                        allowed++;
                        reachable.addAll(choice.values());
                        marketsWithACar.add(market);
                    }
                }
            }
            BigInteger complete = BigInteger.valueOf(allowed);
            for (GroupDocument g : p.groups()) {
                if (!constrained.containsKey(g.code())) {
                    complete = complete.multiply(ways(g));
                }
            }
            assertThat(complete).as(code + " complete configurations").isGreaterThan(BigInteger.valueOf(100_000));
            assertThat(marketsWithACar).as(code + " markets").containsExactlyInAnyOrderElementsOf(p.markets());
            constrained.forEach((group, values) -> assertThat(reachable).as(code + " " + group).containsAll(values));
        }
    }

    private List<CatalogEntry> demoEntries() {
        return catalog.entries().stream().filter(e -> DemoCatalog.CODES.contains(e.code())).toList();
    }

    private static List<String> choices(GroupDocument g) {
        List<String> values = new ArrayList<>(g.options().stream().map(OptionDocument::code).toList());
        if (g.optional()) {
            values.add(VariantTableDocument.NONE);
        }
        return values;
    }

    private static BigInteger ways(GroupDocument g) {
        int n = g.options().size();
        if (!g.multiple()) {
            return BigInteger.valueOf(g.optional() ? n + 1 : n);
        }
        BigInteger sum = BigInteger.ZERO;
        for (int k = g.min(); k <= g.max(); k++) {
            BigInteger c = BigInteger.ONE;
            for (int i = 0; i < k; i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            sum = sum.add(c);
        }
        return sum;
    }

    private static boolean allows(VariantTableDocument t, Map<String, String> choice, String market) {
        return t.rows().stream().anyMatch(row -> {
            for (int c = 0; c < row.size(); c++) {
                String column = t.columns().get(c);
                String value = column.equals(VariantTableDocument.MARKET) ? market : choice.get(column);
                if (!row.get(c).equals(VariantTableDocument.ANY) && !row.get(c).equals(value)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<Map<String, String>> cartesian(Map<String, List<String>> domains) {
        List<Map<String, String>> result = new ArrayList<>(List.of(Map.of()));
        domains.forEach((group, values) -> {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String v : values) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(group, v);
                    next.add(m);
                }
            }
            result.clear();
            result.addAll(next);
        });
        return result;
    }
}
