package io.forecourt.configurator.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable product model: variables with finite string domains and named constraints.
 * Built once per product with {@link #builder()}, then shared by any number of threads; every
 * query allocates its own {@link SearchState} from the memory templates prepared here.
 */
public final class ConfigModel {

    /** The value an optional single-choice group takes when nothing is chosen. */
    public static final String NONE = "NONE";
    /** Values of the 0/1 variable behind each option of a multiple-choice group. */
    public static final String UNSELECTED = "0";
    public static final String SELECTED = "1";
    /** Table cell matching any value of its variable. */
    public static final String ANY = "*";

    private final String[] varNames;
    private final String[][] values;
    private final Map<String, Integer> varIndex = new HashMap<>();
    private final List<Map<String, Integer>> valueIndex;

    final Constraint[] constraints;
    /** Constraints to wake when a variable's domain shrinks. */
    final int[][] constraintsOf;
    /** Search-state memory layout: domain words and domain size of each variable. */
    final int[] domOff;
    final int[] domWords;
    final int[] sizeIdx;
    /** Offset of a variable's values in flat per-value arrays. */
    final int[] valOff;
    final int totalValues;
    /** Search-state memory before any propagation, and at the root fixpoint (all constraints, no choice). */
    final long[] rawMem;
    final int[] rawInts;
    final long[] rootMem;
    final int[] rootInts;
    final boolean rootConsistent;
    final long rootVersions;
    final int maxScratchWords;

    ConfigModel(List<String> names, List<String[]> domains, List<Constraint> cons) {
        int n = names.size();
        varNames = names.toArray(String[]::new);
        values = domains.toArray(String[][]::new);
        valueIndex = new java.util.ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            varIndex.put(varNames[v], v);
            Map<String, Integer> vi = new HashMap<>();
            for (int i = 0; i < values[v].length; i++) {
                vi.put(values[v][i], i);
            }
            valueIndex.add(vi);
        }
        constraints = cons.toArray(Constraint[]::new);
        domOff = new int[n];
        domWords = new int[n];
        sizeIdx = new int[n];
        valOff = new int[n];
        int mem = 0;
        int flat = 0;
        for (int v = 0; v < n; v++) {
            domOff[v] = mem;
            domWords[v] = (values[v].length + 63) >>> 6;
            mem += domWords[v];
            sizeIdx[v] = mem++;
            valOff[v] = flat;
            flat += values[v].length;
        }
        totalValues = flat;
        int ints = 0;
        int scratch = 1;
        int[] degree = new int[n];
        for (int c = 0; c < constraints.length; c++) {
            Constraint k = constraints[c];
            k.index = c;
            k.memBase = mem;
            k.intBase = ints;
            mem += k.memSize(this);
            ints += k.intSize(this);
            if (k instanceof TableConstraint t) {
                scratch = Math.max(scratch, t.words);
            }
            for (int v : k.scope) {
                degree[v]++;
            }
        }
        maxScratchWords = scratch;
        constraintsOf = new int[n][];
        for (int v = 0; v < n; v++) {
            constraintsOf[v] = new int[degree[v]];
        }
        Arrays.fill(degree, 0);
        for (Constraint k : constraints) {
            for (int v : k.scope) {
                constraintsOf[v][degree[v]++] = k.index;
            }
        }
        rawMem = new long[mem];
        rawInts = new int[ints];
        for (int v = 0; v < n; v++) {
            int d = values[v].length;
            for (int w = 0; w < domWords[v]; w++) {
                int bits = Math.min(64, d - 64 * w);
                rawMem[domOff[v] + w] = bits == 64 ? -1L : (1L << bits) - 1;
            }
            rawMem[sizeIdx[v]] = d;
        }
        for (Constraint k : constraints) {
            k.initState(this, rawMem, rawInts);
        }
        SearchState root = new SearchState(this, rawMem, rawInts, null);
        rootConsistent = root.propagateAll();
        rootMem = root.mem;
        rootInts = root.ints;
        rootVersions = root.versions;
    }

    public static ModelBuilder builder() {
        return new ModelBuilder();
    }

    /** An assignment of this model with nothing chosen. */
    public Assignment emptyAssignment() {
        return new Assignment(this, Assignment.freeValues(varNames.length));
    }

    public int variableCount() {
        return varNames.length;
    }

    public String variableName(int var) {
        return varNames[var];
    }

    public List<String> values(int var) {
        return List.of(values[var]);
    }

    public int domainSize(int var) {
        return values[var].length;
    }

    public String valueName(int var, int value) {
        return values[var][value];
    }

    /** @throws IllegalArgumentException for an unknown name */
    public int variableIndex(String name) {
        Integer v = varIndex.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown variable " + name);
        }
        return v;
    }

    public boolean hasVariable(String name) {
        return varIndex.containsKey(name);
    }

    /** @throws IllegalArgumentException for an unknown value */
    public int valueIndex(int var, String value) {
        Integer i = valueIndex.get(var).get(value);
        if (i == null) {
            throw new IllegalArgumentException("unknown value " + value + " of " + varNames[var]);
        }
        return i;
    }

    public int constraintCount() {
        return constraints.length;
    }

    public String constraintName(int constraint) {
        return constraints[constraint].name;
    }

    /** Whether a complete assignment (value index per variable) satisfies every constraint. */
    public boolean isSolution(int[] solution) {
        for (Constraint c : constraints) {
            if (!c.isSatisfiedBy(solution)) {
                return false;
            }
        }
        return true;
    }
}
