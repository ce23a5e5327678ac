package io.forecourt.configurator.engine;

/**
 * A disjunction of literals {@code var ∈ S}, one literal per variable (the builder merges
 * literals on the same variable). Propagation is unit propagation on domains: when every
 * literal but one is false, the last one's variable is restricted to its set.
 */
final class ClauseConstraint extends Constraint {

    /** Allowed-value bitsets, literal {@code i} at {@code maskOff[i]} with the variable's word count. */
    private final long[] masks;
    private final int[] maskOff;

    ClauseConstraint(String name, int[] scope, long[] masks, int[] maskOff) {
        super(name, scope);
        this.masks = masks;
        this.maskOff = maskOff;
    }

    @Override
    int memSize(ConfigModel m) {
        return 0;
    }

    @Override
    int intSize(ConfigModel m) {
        return 0;
    }

    @Override
    void initState(ConfigModel m, long[] mem, int[] ints) {
        // stateless
    }

    @Override
    boolean propagate(SearchState s) {
        long[] mem = s.mem;
        int alive = -1;
        int count = 0;
        for (int i = 0; i < scope.length; i++) {
            int v = scope[i];
            int dOff = s.model.domOff[v];
            boolean meets = false;
            boolean within = true;
            for (int w = 0; w < s.model.domWords[v]; w++) {
                long d = mem[dOff + w];
                long mk = masks[maskOff[i] + w];
                meets |= (d & mk) != 0;
                within &= (d & ~mk) == 0;
            }
            if (within) {
                return true; // entailed
            }
            if (meets) {
                count++;
                alive = i;
            }
        }
        if (count == 0) {
            return false;
        }
        return count > 1 || s.restrict(scope[alive], masks, maskOff[alive]);
    }

    /** Whether literal {@code i} (on {@code scope[i]}) accepts {@code val}. */
    boolean accepts(int i, int val) {
        return (masks[maskOff[i] + (val >>> 6)] & (1L << val)) != 0;
    }

    @Override
    boolean holds(int[] solution, int var, int value) {
        for (int i = 0; i < scope.length; i++) {
            if (accepts(i, valueOf(solution, scope[i], var, value))) {
                return true;
            }
        }
        return false;
    }
}
