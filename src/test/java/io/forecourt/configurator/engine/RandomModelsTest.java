package io.forecourt.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Random small models mixing tables (with wildcards), clauses and cardinalities: the compiled
 * and the search engine must both match brute-force enumeration exactly.
 */
class RandomModelsTest {

    @Test
    void bothEnginesMatchBruteForceOnRandomModels() {
        Random random = new Random(99);
        int constrained = 0;
        for (int round = 0; round < 40; round++) {
            List<int[]> space = new ArrayList<>();
            List<Predicate<int[]>> rules = new ArrayList<>();
            ConfigModel model = randomModel(random, rules);
            enumerate(model, new int[model.variableCount()], 0, space);
            List<int[]> valid = space.stream().filter(s -> rules.stream().allMatch(r -> r.test(s))).toList();
            constrained += !valid.isEmpty() && valid.size() < space.size() / 4 ? 1 : 0;
            ConfiguratorEngine compiled = ConfiguratorEngine.of(model);
            ConfiguratorEngine search = ConfiguratorEngine.of(model, 0);
            assertThat(compiled.isCompiled()).isTrue();
            assertThat(compiled.countConfigurations(model.emptyAssignment())).contains(BigInteger.valueOf(valid.size()));
            for (int probe = 0; probe < 15; probe++) {
                Assignment a = model.emptyAssignment();
                for (int k = random.nextInt(3); k > 0; k--) {
                    int v = random.nextInt(model.variableCount());
                    a = a.with(v, random.nextInt(model.domainSize(v)));
                }
                Assignment chosen = a;
                for (ConfiguratorEngine engine : List.of(compiled, search)) {
                    ValidDomains vd = engine.validDomains(a);
                    assertThat(vd.consistent()).isEqualTo(valid.stream().anyMatch(chosen::isExtendedBy));
                    for (int v = 0; v < model.variableCount(); v++) {
                        for (int val = 0; val < model.domainSize(v); val++) {
                            int x = v;
                            int y = val;
                            boolean expected = valid.stream().anyMatch(s -> s[x] == y && chosen.isExtendedBy(s));
                            assertThat(vd.isAvailable(v, val)).as("%s %s=%d after %s", engine, model.variableName(v), val, chosen).isEqualTo(expected);
                            if (expected) {
                                int[] w = vd.witness(v, val).orElseThrow();
                                assertThat(rules).allMatch(r -> r.test(w));
                                assertThat(chosen.isExtendedBy(w) && w[v] == val).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(constrained).as("rounds with a few but not zero solutions").isGreaterThan(10);
    }

    /** Variables x0..; each constraint is added to the builder and, independently, as a predicate. */
    private static ConfigModel randomModel(Random random, List<Predicate<int[]>> rules) {
        ModelBuilder b = ConfigModel.builder();
        int n = 4 + random.nextInt(4);
        int[] sizes = new int[n];
        for (int v = 0; v < n; v++) {
            sizes[v] = 2 + random.nextInt(3);
            String[] values = new String[sizes[v]];
            for (int i = 0; i < values.length; i++) {
                values[i] = Integer.toString(i);
            }
            b.variable("x" + v, values);
        }
        for (int t = 0; t < 3; t++) {
            int[] scope = random.ints(0, n).distinct().limit(2 + random.nextInt(2)).toArray();
            List<String[]> tuples = new ArrayList<>();
            List<int[]> rows = new ArrayList<>();
            for (int r = 3 + random.nextInt(8); r > 0; r--) {
                int[] row = new int[scope.length];
                String[] cells = new String[scope.length];
                for (int p = 0; p < scope.length; p++) {
                    row[p] = random.nextInt(6) == 0 ? -1 : random.nextInt(sizes[scope[p]]);
                    cells[p] = row[p] < 0 ? ConfigModel.ANY : Integer.toString(row[p]);
                }
                tuples.add(cells);
                rows.add(row);
            }
            b.table("t" + t, java.util.Arrays.stream(scope).mapToObj(v -> "x" + v).toList(), tuples);
            rules.add(s -> rows.stream().anyMatch(row -> {
                for (int p = 0; p < scope.length; p++) {
                    if (row[p] >= 0 && s[scope[p]] != row[p]) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (int c = 0; c < 2; c++) {
            int x = random.nextInt(n);
            int y = (x + 1 + random.nextInt(n - 1)) % n;
            int vx = random.nextInt(sizes[x]);
            int vy = random.nextInt(sizes[y]);
            b.excludes("c" + c, "x" + x, Integer.toString(vx), "x" + y, Integer.toString(vy));
            rules.add(s -> s[x] != vx || s[y] != vy);
        }
        b.multiChoice("g", 1, 2, "a", "b", "c");
        rules.add(s -> {
            int k = s[n] + s[n + 1] + s[n + 2];
            return k >= 1 && k <= 2;
        });
        return b.build();
    }

    private static void enumerate(ConfigModel m, int[] s, int v, List<int[]> out) {
        if (v == s.length) {
            out.add(s.clone());
            return;
        }
        for (int val = 0; val < m.domainSize(v); val++) {
            s[v] = val;
            enumerate(m, s, v + 1, out);
        }
    }
}
