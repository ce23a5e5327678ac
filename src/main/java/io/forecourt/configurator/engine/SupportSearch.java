package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact valid domains: propagate the assignment (GAC prunes most unsupported values for
 * free), then make sure every remaining value appears in some solution. Each solution found
 * supports one value per variable, so the search dives steer towards still-unsupported values;
 * before diving for a value we try to reuse a known solution with just that value changed,
 * which is a handful of constraint checks instead of a search. A value is reported unavailable
 * only after a complete search with it fixed fails.
 */
final class SupportSearch {

    /** How many recent solutions a single-value change is tried on before searching. */
    private static final int FLIP_TRIES = 16;

    private final ConfigModel model;
    private final Assignment assignment;
    private final boolean[] covered;
    private final int[] witnessRef;
    private final List<int[]> solutions = new ArrayList<>();
    private int[] phase;

    private SupportSearch(Assignment assignment) {
        this.model = assignment.model();
        this.assignment = assignment;
        this.covered = new boolean[model.totalValues];
        this.witnessRef = new int[model.totalValues];
        Arrays.fill(witnessRef, -1);
    }

    static ValidDomains compute(Assignment assignment, ValidDomains previous) {
        return new SupportSearch(assignment).run(previous);
    }

    /** A solver with the assignment ({@code values[v]} = value or -1) propagated, or null on failure. */
    static SearchState propagated(ConfigModel m, int[] values) {
        if (!m.rootConsistent) {
            return null;
        }
        SearchState s = new SearchState(m);
        for (int v = 0; v < values.length; v++) {
            if (values[v] != Assignment.FREE && !s.assign(v, values[v])) {
                return null;
            }
        }
        return s.propagate() ? s : null;
    }

    /** A complete solution extending {@code values}, smallest values first, or null. */
    static int[] complete(ConfigModel m, int[] values) {
        SearchState s = propagated(m, values);
        return s != null && s.solve(SearchState.FIRST_VALUE) ? s.solution() : null;
    }

    private ValidDomains run(ValidDomains previous) {
        SearchState s = propagated(model, assignment.rawValues());
        if (s == null) {
            return result(false);
        }
        if (previous != null && previous.assignment().model() == model) {
            for (int[] sol : previous.solutions()) {
                if (assignment.isExtendedBy(sol)) {
                    addSolution(sol);
                }
            }
        }
        int base = s.level();
        SearchState.ValueOrder order = this::pickUncovered;
        if (solutions.isEmpty()) {
            s.push();
            if (s.solve(order)) {
                addSolution(s.solution());
            }
            s.popTo(base);
            if (solutions.isEmpty()) {
                return result(false);
            }
        }
        for (int x : widestFirst(s)) {
            for (int val = s.first(x); val >= 0; val = s.next(x, val + 1)) {
                int flat = model.valOff[x] + val;
                if (covered[flat] || coverByFlip(x, val)) {
                    continue;
                }
                s.push();
                boolean found = s.assign(x, val) && s.propagate() && s.solve(order);
                if (found) {
                    addSolution(s.solution());
                }
                s.popTo(base);
            }
        }
        return result(true);
    }

    private ValidDomains result(boolean consistent) {
        return new ValidDomains(assignment, consistent, covered, (var, val) -> {
            int ref = witnessRef[model.valOff[var] + val];
            if (ref < 0) {
                return null;
            }
            int[] sol = solutions.get(ref).clone();
            sol[var] = val; // the witness may be a known solution with this one value changed
            return sol;
        }, solutions);
    }

    /** Wide variables need the most distinct solutions; covering them first shapes the dives. */
    private int[] widestFirst(SearchState s) {
        return java.util.stream.IntStream.range(0, model.variableCount()).boxed()
                .sorted((a, b) -> Integer.compare(s.size(b), s.size(a)))
                .mapToInt(Integer::intValue).toArray();
    }

    private void addSolution(int[] sol) {
        int ref = solutions.size();
        solutions.add(sol);
        phase = sol;
        for (int v = 0; v < sol.length; v++) {
            int flat = model.valOff[v] + sol[v];
            if (!covered[flat]) {
                covered[flat] = true;
                witnessRef[flat] = ref;
            }
        }
    }

    /** Tries {@code x = val} in recent solutions, checking only the constraints on {@code x}. */
    private boolean coverByFlip(int x, int val) {
        int[] cons = model.constraintsOf[x];
        for (int i = solutions.size() - 1, tries = 0; i >= 0 && tries < FLIP_TRIES; i--, tries++) {
            int[] sol = solutions.get(i);
            boolean ok = true;
            for (int j = 0; j < cons.length && ok; j++) {
                ok = model.constraints[cons[j]].holds(sol, x, val);
            }
            if (ok) {
                int flat = model.valOff[x] + val;
                covered[flat] = true;
                witnessRef[flat] = i;
                return true;
            }
        }
        return false;
    }

    /** First still-unsupported value, else the last solution's value (keeps dives easy), else the smallest. */
    private int pickUncovered(SearchState s, int var) {
        int off = model.valOff[var];
        for (int val = s.first(var); val >= 0; val = s.next(var, val + 1)) {
            if (!covered[off + val]) {
                return val;
            }
        }
        if (phase != null && s.has(var, phase[var])) {
            return phase[var];
        }
        return s.first(var);
    }
}
