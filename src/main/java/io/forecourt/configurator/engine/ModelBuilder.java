package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ConfigModel}. Declare variables (or option groups) first, then constraints
 * over them by name. Every constraint has a name, which is what explanations show.
 *
 * <pre>{@code
 * ConfigModel m = ConfigModel.builder()
 *     .singleChoice("interior", false, "CLOTH", "LEATHER")
 *     .singleChoice("towbar", true, "FIXED", "REMOVABLE")          // optional: adds NONE
 *     .multiChoice("packs", 0, 2, "WINTER", "SUN", "TECH")           // 0/1 variable "packs/WINTER"...
 *     .requires("Leather requires the tech pack", "interior", "LEATHER", "packs/TECH", "1")
 *     .table("T42", List.of("interior", "towbar"), List.of(new String[] {"CLOTH", "*"}, ...))
 *     .build();
 * }</pre>
 */
public final class ModelBuilder {

    private final List<String> names = new ArrayList<>();
    private final List<String[]> domains = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Map<String, Integer>> valueIndex = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private boolean built;

    ModelBuilder() {
    }

    /** The name of the 0/1 variable behind one option of a multiple-choice group. */
    public static String optionVariable(String group, String option) {
        return group + "/" + option;
    }

    /** A variable with the given values (distinct, at least one). */
    public ModelBuilder variable(String name, String... values) {
        if (index.containsKey(name)) {
            throw new IllegalArgumentException("duplicate variable " + name);
        }
        Map<String, Integer> vi = new HashMap<>();
        for (String value : values) {
            if (vi.put(value, vi.size()) != null || ConfigModel.ANY.equals(value)) {
                throw new IllegalArgumentException("duplicate or reserved value " + value + " in " + name);
            }
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("empty domain for " + name);
        }
        index.put(name, names.size());
        names.add(name);
        domains.add(values.clone());
        valueIndex.add(vi);
        return this;
    }

    /** One variable whose values are the options, plus {@link ConfigModel#NONE} first when optional. */
    public ModelBuilder singleChoice(String group, boolean optional, String... options) {
        if (!optional) {
            return variable(group, options);
        }
        String[] values = new String[options.length + 1];
        values[0] = ConfigModel.NONE;
        System.arraycopy(options, 0, values, 1, options.length);
        return variable(group, values);
    }

    /** One 0/1 variable per option ({@link #optionVariable}) and a cardinality constraint on the group. */
    public ModelBuilder multiChoice(String group, int min, int max, String... options) {
        List<String> vars = new ArrayList<>();
        for (String option : options) {
            variable(optionVariable(group, option), ConfigModel.UNSELECTED, ConfigModel.SELECTED);
            vars.add(optionVariable(group, option));
        }
        return cardinality(group + ": choose " + min + " to " + max, min, max, vars);
    }

    /** Allowed tuples over {@code scope}; a cell {@link ConfigModel#ANY} matches every value. */
    public ModelBuilder table(String name, List<String> scope, List<String[]> tuples) {
        int[] vars = vars(scope);
        int[] sizes = new int[vars.length];
        for (int p = 0; p < vars.length; p++) {
            sizes[p] = domains.get(vars[p]).length;
        }
        int[][] rows = new int[tuples.size()][];
        for (int t = 0; t < rows.length; t++) {
            String[] tuple = tuples.get(t);
            if (tuple.length != vars.length) {
                throw new IllegalArgumentException(name + ": tuple " + Arrays.toString(tuple) + " has wrong arity");
            }
            rows[t] = new int[vars.length];
            for (int p = 0; p < vars.length; p++) {
                rows[t][p] = ConfigModel.ANY.equals(tuple[p]) ? TableConstraint.ANY : value(vars[p], tuple[p]);
            }
        }
        constraints.add(new TableConstraint(name, vars, sizes, rows));
        return this;
    }

    /** At least one literal holds. Literals on the same variable are merged. */
    public ModelBuilder clause(String name, Literal... literals) {
        Map<Integer, long[]> allowed = new LinkedHashMap<>();
        for (Literal lit : literals) {
            int v = var(lit.variable());
            int d = domains.get(v).length;
            long[] mask = new long[(d + 63) >>> 6];
            for (String value : lit.values()) {
                int val = value(v, value);
                mask[val >>> 6] |= 1L << val;
            }
            if (lit.negated()) {
                for (int val = 0; val < d; val++) {
                    mask[val >>> 6] ^= 1L << val;
                }
            }
            long[] acc = allowed.computeIfAbsent(v, k -> new long[mask.length]);
            for (int w = 0; w < mask.length; w++) {
                acc[w] |= mask[w];
            }
        }
        int[] scope = allowed.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] off = new int[scope.length];
        int total = 0;
        for (int i = 0; i < scope.length; i++) {
            off[i] = total;
            total += allowed.get(scope[i]).length;
        }
        long[] masks = new long[total];
        for (int i = 0; i < scope.length; i++) {
            long[] m = allowed.get(scope[i]);
            System.arraycopy(m, 0, masks, off[i], m.length);
        }
        constraints.add(new ClauseConstraint(name, scope, masks, off));
        return this;
    }

    /** {@code var = value} requires {@code other} to take one of {@code allowed}. */
    public ModelBuilder requires(String name, String var, String value, String other, String... allowed) {
        return clause(name, Literal.isNot(var, value), Literal.is(other, allowed));
    }

    /** {@code var = value} excludes every one of {@code excluded} for {@code other}. */
    public ModelBuilder excludes(String name, String var, String value, String other, String... excluded) {
        return clause(name, Literal.isNot(var, value), Literal.isNot(other, excluded));
    }

    /** Between {@code min} and {@code max} of the given 0/1 variables are selected. */
    public ModelBuilder cardinality(String name, int min, int max, List<String> zeroOneVars) {
        int[] vars = vars(zeroOneVars);
        for (int v : vars) {
            String[] d = domains.get(v);
            if (d.length != 2 || !ConfigModel.UNSELECTED.equals(d[0]) || !ConfigModel.SELECTED.equals(d[1])) {
                throw new IllegalArgumentException(names.get(v) + " is not a 0/1 variable");
            }
        }
        constraints.add(new CardinalityConstraint(name, vars, min, max));
        return this;
    }

    /** Builds the model; a builder builds once (its constraints then belong to that model). */
    public ConfigModel build() {
        if (built) {
            throw new IllegalStateException("this builder already built a model");
        }
        built = true;
        return new ConfigModel(names, domains, constraints);
    }

    private int var(String name) {
        Integer v = index.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown variable " + name + " (declare variables first)");
        }
        return v;
    }

    private int[] vars(List<String> scope) {
        int[] vars = new int[scope.size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = var(scope.get(i));
            for (int j = 0; j < i; j++) {
                if (vars[j] == vars[i]) {
                    throw new IllegalArgumentException("variable " + scope.get(i) + " twice in a scope");
                }
            }
        }
        return vars;
    }

    private int value(int var, String value) {
        Integer i = valueIndex.get(var).get(value);
        if (i == null) {
            throw new IllegalArgumentException("unknown value " + value + " of " + names.get(var));
        }
        return i;
    }
}
