package io.forecourt.configurator.engine;

/**
 * A propagator over integer-indexed variables. The immutable data lives here; the reversible
 * state (restored on backtrack) lives in {@link SearchState#mem} at {@link #memBase}, the
 * non-reversible scratch (residues, permutations) in {@link SearchState#ints} at {@link #intBase}.
 * Keeping per-query state out of the constraint is what makes a model shareable across threads.
 */
abstract class Constraint {

    final String name;
    final int[] scope;
    /** Set once by {@link ConfigModel} while laying out solver memory, before the model is published. */
    int memBase;
    int intBase;
    int index;

    Constraint(String name, int[] scope) {
        this.name = name;
        this.scope = scope;
    }

    /** Number of reversible longs this constraint needs in the solver. */
    abstract int memSize(ConfigModel model);

    /** Number of non-reversible ints this constraint needs in the solver. */
    abstract int intSize(ConfigModel model);

    /** Writes the initial (root, nothing propagated) state into fresh solver arrays. */
    abstract void initState(ConfigModel model, long[] mem, int[] ints);

    /** Prunes the solver's domains; returns false when the constraint cannot be satisfied any more. */
    abstract boolean propagate(SearchState solver);

    /** Checks a complete assignment (value index per variable), reading {@code var} as {@code value}. */
    abstract boolean holds(int[] solution, int var, int value);

    final boolean isSatisfiedBy(int[] solution) {
        return holds(solution, -1, 0);
    }

    static int valueOf(int[] solution, int v, int var, int value) {
        return v == var ? value : solution[v];
    }
}
