package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one click: for every variable and value, whether some complete valid
 * configuration extends the assignment with that value, with a witness solution for each
 * available value. For a chosen variable only its chosen value can be available; ask
 * {@link ConfiguratorEngine#explain} why the others are not.
 */
public final class ValidDomains {

    private final ConfigModel model;
    private final Assignment assignment;
    private final boolean consistent;
    private final boolean[] available;
    private final Witnesses witnesses;
    /** Solutions found by search, reused to seed the next click (empty when compiled). */
    private final List<int[]> solutions;

    /** Finds a complete solution extending the assignment with {@code var = val}, or null. */
    interface Witnesses {
        int[] find(int var, int val);
    }

    ValidDomains(Assignment assignment, boolean consistent, boolean[] available, Witnesses witnesses,
            List<int[]> solutions) {
        this.model = assignment.model();
        this.assignment = assignment;
        this.consistent = consistent;
        this.available = available;
        this.witnesses = witnesses;
        this.solutions = solutions;
    }

    public Assignment assignment() {
        return assignment;
    }

    /** Whether any complete valid configuration extends the assignment. */
    public boolean consistent() {
        return consistent;
    }

    public boolean isAvailable(int var, int value) {
        return available[model.valOff[var] + value];
    }

    public boolean isAvailable(String var, String value) {
        int v = model.variableIndex(var);
        return isAvailable(v, model.valueIndex(v, value));
    }

    /** The available values of a variable, in domain order. */
    public List<String> available(String var) {
        int v = model.variableIndex(var);
        List<String> out = new ArrayList<>();
        for (int val = 0; val < model.domainSize(v); val++) {
            if (isAvailable(v, val)) {
                out.add(model.valueName(v, val));
            }
        }
        return out;
    }

    /** A complete valid configuration extending the assignment with {@code var = value}. */
    public Optional<int[]> witness(int var, int value) {
        return isAvailable(var, value) ? Optional.ofNullable(witnesses.find(var, value)) : Optional.empty();
    }

    /** {@link #witness} by names. */
    public Optional<Map<String, String>> witness(String var, String value) {
        int v = model.variableIndex(var);
        return witness(v, model.valueIndex(v, value)).map(sol -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int x = 0; x < sol.length; x++) {
                m.put(model.variableName(x), model.valueName(x, sol[x]));
            }
            return m;
        });
    }

    /** How many solutions the search found (0 when answered from the compiled diagram). */
    public int solutionCount() {
        return solutions.size();
    }

    /** How many values are available, over all variables. */
    public int availableCount() {
        int n = 0;
        for (boolean b : available) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Solutions found, reused to seed the next click's computation. */
    List<int[]> solutions() {
        return solutions;
    }

    @Override
    public String toString() {
        return "ValidDomains[consistent=" + consistent + ", available values=" + availableCount() + "]";
    }
}
