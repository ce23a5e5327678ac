package io.forecourt.configurator.engine;

/**
 * Between {@code min} and {@code max} of its 0/1 variables take value index 1 (selected):
 * the rule of a multiple-choice option group. Bounds propagation, which is exact (GAC) here.
 */
final class CardinalityConstraint extends Constraint {

    private final int min;
    private final int max;

    CardinalityConstraint(String name, int[] scope, int min, int max) {
        super(name, scope);
        this.min = min;
        this.max = max;
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
        int selected = 0;
        int possible = 0;
        for (int v : scope) {
            if (s.has(v, 1)) {
                possible++;
                if (s.size(v) == 1) {
                    selected++;
                }
            }
        }
        if (selected > max || possible < min) {
            return false;
        }
        if (selected == max || possible == min) {
            int drop = selected == max ? 1 : 0;
            for (int v : scope) {
                if (s.size(v) == 2 && !s.remove(v, drop)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    boolean holds(int[] solution, int var, int value) {
        int selected = 0;
        for (int v : scope) {
            selected += valueOf(solution, v, var, value) == 1 ? 1 : 0;
        }
        return selected >= min && selected <= max;
    }
}
