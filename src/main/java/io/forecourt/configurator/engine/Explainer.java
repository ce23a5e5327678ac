package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Explains an unavailable value in two QuickXplain runs: first over the customer's choices
 * (checked by the engine's consistency oracle), then over the constraints, with the blocking
 * choices and the value fixed, checked by search over a subset of constraints. The second run
 * starts from the constraints that did any pruning in a failed search, which is already a
 * sufficient set, so it only has to shrink a short list.
 */
final class Explainer {

    /** Checks per QuickXplain run: enough for conflicts of ~5 choices among ~100. */
    static final int MAX_CHECKS = 64;

    private Explainer() {
    }

    static Explanation explain(ConfigModel m, Predicate<int[]> oracle, int[] values, int x, int v) {
        int[] base = values.clone();
        base[x] = Assignment.FREE; // a chosen variable's other values: what else blocks them?
        Choice target = new Choice(m.variableName(x), m.valueName(x, v));
        List<Integer> chosen = new ArrayList<>();
        for (int var = 0; var < base.length; var++) {
            if (base[var] != Assignment.FREE) {
                chosen.add(var);
            }
        }
        QuickXplain choices = new QuickXplain(subset -> oracle.test(with(base, subset, x, v)), MAX_CHECKS);
        List<Integer> blocking = choices.conflict(chosen);
        if (blocking == null) {
            return new Explanation(target, true, List.of(), List.of(), true);
        }
        int[] lits = with(base, blocking, x, v);
        List<Integer> suspects = involvedConstraints(m, lits);
        QuickXplain cons = new QuickXplain(subset -> consistentWith(m, lits, subset), MAX_CHECKS);
        List<Integer> core = cons.conflict(suspects);
        List<Choice> blockingChoices = new ArrayList<>();
        for (int var : blocking) {
            blockingChoices.add(new Choice(m.variableName(var), m.valueName(var, base[var])));
        }
        List<String> names = new ArrayList<>();
        for (int c : core == null ? suspects : core) {
            names.add(m.constraintName(c));
        }
        return new Explanation(target, false, blockingChoices, names, !choices.exhausted() && !cons.exhausted());
    }

    /** Only the chosen variables in {@code subset} plus {@code x = v}. */
    private static int[] with(int[] base, List<Integer> subset, int x, int v) {
        int[] vals = Assignment.freeValues(base.length);
        for (int var : subset) {
            vals[var] = base[var];
        }
        vals[x] = v;
        return vals;
    }

    /** Constraints that pruned or failed while refuting the literals: a sufficient core. */
    private static List<Integer> involvedConstraints(ConfigModel m, int[] lits) {
        SearchState s = new SearchState(m, m.rawMem, m.rawInts, null);
        boolean ok = assignAll(s, lits) && s.propagateAll() && s.solve(SearchState.FIRST_VALUE);
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < m.constraints.length; c++) {
            if (ok || s.involved[c]) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean consistentWith(ConfigModel m, int[] lits, List<Integer> constraints) {
        boolean[] active = new boolean[m.constraints.length];
        for (int c : constraints) {
            active[c] = true;
        }
        SearchState s = new SearchState(m, m.rawMem, m.rawInts, active);
        return assignAll(s, lits) && s.propagateAll() && s.solve(SearchState.FIRST_VALUE);
    }

    private static boolean assignAll(SearchState s, int[] lits) {
        for (int var = 0; var < lits.length; var++) {
            if (lits[var] != Assignment.FREE && !s.assign(var, lits[var])) {
                return false;
            }
        }
        return true;
    }
}
