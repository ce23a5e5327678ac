package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.ProductSummary;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.evaluation.Evaluation;
import io.forecourt.configurator.evaluation.Evaluation.OptionState;
import io.forecourt.configurator.evaluation.Evaluation.Violation;
import io.forecourt.testing.RulesFolderTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every product of the catalogue (whatever it holds, so a product line added later is covered), in
 * every market, against a brute-force enumeration of all its complete configurations made from the
 * catalogue document and the DRL files read independently ({@link BruteForceProduct}). On seeded random
 * selections — partial, finished, finished with an optional group emptied, conflicting through a chain
 * of rules only, and walks that pick only available options — the configurator's flags, every option's
 * availability, every repair and every reason must agree with the enumeration.
 */
@QuarkusTest
class ConfiguratorPropertyTest {

    @Inject
    ConfiguratorService configurator;

    @Inject
    CatalogService catalog;

    int selectionsChecked;
    int reasonsChecked;
    int repairsChecked;
    int chainConflicts;
    int conflictAvailabilityChecked;

    @Test
    void everyAnswerAgreesWithBruteForceOnEveryProduct() throws Exception {
        Path rules = Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class))
                .resolve("configurator");
        List<Map<String, Object>> drl = BruteForceProduct.readDrl(rules);
        for (ProductSummary summary : catalog.list()) {
            ProductDocument product = catalog.get(summary.code());
            for (String market : product.markets()) {
                long start = System.nanoTime();
                BruteForceProduct bf = new BruteForceProduct(product, market, drl);
                long enumerated = System.nanoTime();
                Random random = new Random(31L * product.code().hashCode() + market.hashCode());
                List<List<String>> selections = selections(bf, random);
                long generated = System.nanoTime();
                for (List<String> s : selections) {
                    check(bf, s);
                }
                System.out.printf("%s/%s: %d complete valid configurations (%d ms), %d selections (%d ms), checked in %d ms%n",
                        product.code(), market, bf.valid.size(), (enumerated - start) / 1_000_000, selections.size(),
                        (generated - enumerated) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
            }
        }
        assertThat(selectionsChecked).isGreaterThan(300);
        assertThat(reasonsChecked).isGreaterThan(100);
        assertThat(repairsChecked).isGreaterThan(50);
        assertThat(conflictAvailabilityChecked).as("selections out of a conflict whose availability was checked")
                .isGreaterThan(20);
        assertThat(chainConflicts).as("chain-only conflicts among the selections").isPositive();
    }

    private List<List<String>> selections(BruteForceProduct bf, Random random) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(random(bf, random, 0.4));
        }
        for (int i = 0; i < 6; i++) {
            out.add(random(bf, random, 1.0)); // finished, often breaking a table or a rule
        }
        for (int i = 0; i < 6 && !bf.valid.isEmpty(); i++) {
            // a complete valid configuration with one optional group emptied
            List<String> s = decode(bf, bf.valid.get(random.nextInt(bf.valid.size())));
            List<GroupDocument> optional = bf.product.groups().stream().filter(g -> !g.required() && !g.multiple()).toList();
            if (!optional.isEmpty()) {
                GroupDocument g = optional.get(random.nextInt(optional.size()));
                s.removeIf(o -> g.option(o).isPresent());
            }
            out.add(s);
        }
        int chains = 0;
        for (int tries = 0; tries < 3000 && chains < 6; tries++) {
            List<String> s = random(bf, random, 0.25 + random.nextDouble() * 0.3);
            if (validAsItStands(bf, s) && !bf.completable(s)) {
                out.add(s);
                chains++;
            }
        }
        for (int walk = 0; walk < 5; walk++) {
            List<String> s = new ArrayList<>();
            for (int step = 0; step < 10; step++) {
                Evaluation e = configurator.evaluate(bf.product.code(), s, bf.market);
                List<OptionState> open = e.groups().stream().flatMap(g -> g.options().stream())
                        .filter(o -> o.available() && !o.selected()).toList();
                if (open.isEmpty()) {
                    break;
                }
                String pick = open.get(random.nextInt(open.size())).code();
                GroupDocument g = bf.product.groupOf(pick).orElseThrow();
                if (!g.multiple()) {
                    s.removeIf(o -> g.option(o).isPresent());
                }
                s.add(pick);
                out.add(List.copyOf(s));
            }
        }
        return out;
    }

    private static List<String> random(BruteForceProduct bf, Random random, double p) {
        List<String> s = new ArrayList<>();
        for (GroupDocument g : bf.product.groups()) {
            if (random.nextDouble() >= p) {
                continue;
            }
            List<String> opts = g.options().stream().map(OptionDocument::code).toList();
            if (g.multiple()) {
                opts.stream().filter(o -> random.nextInt(3) == 0).forEach(s::add);
            } else if (g.required() || random.nextInt(4) > 0) {
                s.add(opts.get(random.nextInt(opts.size())));
            }
        }
        return s;
    }

    private static List<String> decode(BruteForceProduct bf, long[] cfg) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bf.codes.size(); i++) {
            if (BruteForceProduct.has(cfg, i)) {
                out.add(bf.codes.get(i));
            }
        }
        return out;
    }

    /** Rule names that fire on the selection as it stands, by the independent reading. */
    private static Set<String> firing(BruteForceProduct bf, List<String> s) {
        long[] m = bf.mask(s);
        return bf.rules.stream().filter(r -> r.fires(m)).map(BruteForceProduct.DrlRule::name).collect(Collectors.toSet());
    }

    private static Set<String> brokenTables(BruteForceProduct bf, List<String> s) {
        long[] m = bf.mask(s);
        return bf.product.tables().stream().filter(t -> !bf.tableHolds(t, m, true)).map(VariantTableDocument::code)
                .collect(Collectors.toSet());
    }

    private static Set<String> overfullGroups(BruteForceProduct bf, List<String> s) {
        return bf.product.groups().stream().filter(GroupDocument::multiple)
                .filter(g -> s.stream().filter(o -> g.option(o).isPresent()).count() > g.max())
                .map(GroupDocument::code).collect(Collectors.toSet());
    }

    private static boolean validAsItStands(BruteForceProduct bf, List<String> s) {
        return firing(bf, s).isEmpty() && brokenTables(bf, s).isEmpty() && overfullGroups(bf, s).isEmpty();
    }

    private static boolean complete(BruteForceProduct bf, List<String> s) {
        for (GroupDocument g : bf.product.groups()) {
            long n = s.stream().filter(o -> g.option(o).isPresent()).count();
            boolean ok = g.multiple() ? n >= g.min() && n <= g.max() : !g.required() || n == 1;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private void check(BruteForceProduct bf, List<String> s) {
        String where = bf.product.code() + "/" + bf.market + " " + s;
        Evaluation e = configurator.evaluate(bf.product.code(), s, bf.market);
        selectionsChecked++;
        Set<String> tableCodes = bf.product.tables().stream().map(VariantTableDocument::code).collect(Collectors.toSet());
        Set<String> groupCodes = bf.product.groups().stream().map(GroupDocument::code).collect(Collectors.toSet());

        // valid: the rules Drools reports are exactly those the independent reading fires, tables and groups likewise
        Set<String> reportedRules = e.violations().stream().map(Violation::rule)
                .filter(r -> !r.startsWith(Evaluation.CONFLICT) && !tableCodes.contains(r) && !groupCodes.contains(r))
                .collect(Collectors.toSet());
        assertThat(reportedRules).as("rules broken as it stands, " + where).isEqualTo(firing(bf, s));
        assertThat(e.violations().stream().map(Violation::rule).filter(tableCodes::contains).collect(Collectors.toSet()))
                .as("tables broken as it stands, " + where).isEqualTo(brokenTables(bf, s));
        assertThat(e.valid()).as("valid, " + where).isEqualTo(validAsItStands(bf, s));
        boolean completable = bf.completable(s);
        assertThat(e.completable()).as("completable, " + where).isEqualTo(completable);
        assertThat(e.complete()).as("complete, " + where).isEqualTo(complete(bf, s));
        if (e.valid() && e.complete()) {
            assertThat(completable).as("a valid complete product can be built, " + where).isTrue();
        }

        if (!completable) {
            if (e.valid()) {
                chainConflicts++;
            }
            // a smallest conflict is named: its choices cannot be completed, and each one less can
            assertThat(e.violations()).as("a non-completable selection names its conflict, " + where)
                    .anySatisfy(v -> assertThat(bf.completable(chosenOf(v, s))).isFalse());
            for (Violation v : e.violations()) {
                if (v.rule().startsWith(Evaluation.CONFLICT)) {
                    assertThat(s).containsAll(v.options());
                    assertThat(bf.completable(v.options())).as("conflict " + v + ", " + where).isFalse();
                    for (String o : v.options()) {
                        List<String> fewer = new ArrayList<>(v.options());
                        fewer.remove(o);
                        assertThat(bf.completable(fewer)).as("conflict minimal without " + o + ", " + where).isTrue();
                    }
                }
            }
        }

        // repairs: each leads somewhere and ends the violation it is filed under
        Map<String, Violation> byRule = e.violations().stream()
                .collect(Collectors.toMap(Violation::rule, v -> v, (a, b) -> a));
        for (Evaluation.Repair r : e.repairs()) {
            repairsChecked++;
            Violation v = byRule.get(r.rule());
            assertThat(v).as("repair filed under a violation, " + r + ", " + where).isNotNull();
            assertThat(bf.completable(r.selections())).as("repair completes, " + r + ", " + where).isTrue();
            boolean ended;
            if (v.rule().startsWith(Evaluation.CONFLICT)) {
                ended = !r.selections().containsAll(v.options());
            } else if (tableCodes.contains(v.rule())) {
                ended = !brokenTables(bf, r.selections()).contains(v.rule());
            } else if (groupCodes.contains(v.rule())) {
                ended = !overfullGroups(bf, r.selections()).contains(v.rule());
            } else {
                ended = !firing(bf, r.selections()).contains(v.rule());
            }
            assertThat(ended).as("repair ends " + v.rule() + ", " + r + ", " + where).isTrue();
        }

        // defaults complete nothing the customer cannot have
        if (completable) {
            List<String> withDefaults = new ArrayList<>(s);
            withDefaults.addAll(e.defaults());
            assertThat(bf.completable(withDefaults)).as("defaults " + e.defaults() + ", " + where).isTrue();
        }

        Set<String> available = completable ? availableByBruteForce(bf, s) : Set.of();
        if (!completable) {
            checkAvailabilityOutOfAConflict(bf, s, e, where);
        }
        int sampledRules = 0;
        for (Evaluation.GroupState g : e.groups()) {
            for (OptionState o : g.options()) {
                if (completable) {
                    assertThat(o.available()).as("availability of " + o.code() + ", " + where)
                            .isEqualTo(available.contains(o.code()));
                }
                if (!o.available() && o.rules() != null) {
                    reasonsChecked++;
                    checkReason(bf, s, o, completable, sampledRules++ < 2, where);
                }
            }
        }
    }

    /**
     * On a selection that cannot be completed, availability is judged against the selection less a
     * smallest repair: the options shown available must be exactly those of some completable subset of
     * the choices that drops as few of them as possible.
     */
    private void checkAvailabilityOutOfAConflict(BruteForceProduct bf, List<String> s, Evaluation e, String where) {
        Set<String> shown = new HashSet<>();
        e.groups().forEach(g -> g.options().stream().filter(OptionState::available).forEach(o -> shown.add(o.code())));
        int n = s.size();
        for (int keep = n - 1; keep >= 0; keep--) {
            List<Set<String>> candidates = new ArrayList<>();
            for (int bits = 0; bits < (1 << n); bits++) {
                if (Integer.bitCount(bits) != keep) {
                    continue;
                }
                List<String> subset = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((bits & (1 << i)) != 0) {
                        subset.add(s.get(i));
                    }
                }
                if (bf.completable(subset)) {
                    candidates.add(availableByBruteForce(bf, subset));
                }
            }
            if (!candidates.isEmpty()) {
                conflictAvailabilityChecked++;
                assertThat(candidates).as("availability out of a conflict " + shown + ", " + where).contains(shown);
                return;
            }
        }
    }

    private static List<String> chosenOf(Violation v, List<String> s) {
        return v.options().stream().filter(s::contains).toList();
    }

    /** Options with a complete valid configuration keeping every other group's choice (one pass over all of them). */
    private static Set<String> availableByBruteForce(BruteForceProduct bf, List<String> s) {
        Set<String> out = new HashSet<>();
        long[] chosen = bf.mask(s);
        Set<Integer> singleGroupsChosen = new HashSet<>();
        for (String o : s) {
            if (!bf.product.groupOf(o).orElseThrow().multiple()) {
                singleGroupsChosen.add(bf.groupOf.get(o));
            }
        }
        for (long[] v : bf.valid) {
            int count = 0;
            int first = -1;
            for (int w = 0; w < v.length; w++) {
                long miss = chosen[w] & ~v[w];
                count += Long.bitCount(miss);
                if (miss != 0 && first < 0) {
                    first = w * 64 + Long.numberOfTrailingZeros(miss);
                }
            }
            List<Integer> missing = count == 0 ? List.of() : count == 1 ? List.of(first) : List.of(-1, -1);
            if (missing.isEmpty()) {
                out.addAll(decode(bf, v));
                // an empty optional group's options are judged by other completions; nothing more here
            } else if (missing.size() == 1) {
                int g = bf.groupOf.get(bf.codes.get(missing.get(0)));
                if (singleGroupsChosen.contains(g)) {
                    // v replaces that one choice: its option in the group is available as a replacement
                    decode(bf, v).stream().filter(o -> bf.groupOf.get(o) == g).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static void checkReason(BruteForceProduct bf, List<String> s, OptionState o, boolean completable,
                                    boolean checkRuleMinimality, String where) {
        String what = "reason for " + o.code() + " " + o.blockedBy() + " " + o.rules() + ", " + where;
        int group = bf.groupOf.get(o.code());
        assertThat(s).as(what).containsAll(o.blockedBy());
        if (!bf.product.groups().get(group).multiple()) {
            // the option's own one-choice group is replaced by it, so its current choice never blocks it
            assertThat(o.blockedBy()).as(what).noneMatch(b -> bf.groupOf.get(b) == group);
        }
        assertThat(o.rules()).as(what).isNotEmpty();
        Set<String> together = new LinkedHashSet<>(o.blockedBy());
        together.add(o.code());
        Set<String> ids = Set.copyOf(o.rules());
        // the named rules and tables (group limits always apply) really exclude the option with those choices
        assertThat(bf.satisfiable(together, k -> ids.contains(k.id()))).as("named rules exclude, " + what).isFalse();
        if (completable) {
            for (String b : o.blockedBy()) {
                List<String> fewer = new ArrayList<>(together);
                fewer.remove(b);
                assertThat(bf.completable(fewer)).as("each named choice is needed (" + b + "), " + what).isTrue();
            }
        }
        if (checkRuleMinimality) {
            for (String id : ids) {
                if (bf.product.group(id).isPresent()) {
                    continue;
                }
                assertThat(bf.satisfiable(together, k -> ids.contains(k.id()) && !k.id().equals(id)))
                        .as("each named rule is needed (" + id + "), " + what).isTrue();
            }
        }
    }
}
