package io.forecourt.configurator.engine;

/**
 * The layer order of the decision diagram. Its width is driven by the constraints "cut" between
 * placed and unplaced variables, so we greedily place the variable that leaves the fewest
 * constraints open (closing constraints, touching few new ones), ties to the smaller domain.
 */
final class VariableOrder {

    private VariableOrder() {
    }

    static int[] minCut(ConfigModel m) {
        int n = m.variableCount();
        int[] placedInScope = new int[m.constraints.length];
        boolean[] placed = new boolean[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                if (placed[v]) {
                    continue;
                }
                int delta = 0;
                for (int c : m.constraintsOf[v]) {
                    int arity = m.constraints[c].scope.length;
                    if (placedInScope[c] == 0 && arity > 1) {
                        delta++; // opens
                    } else if (placedInScope[c] == arity - 1 && arity > 1) {
                        delta--; // closes
                    }
                }
                long score = (long) delta * 100_000 + m.domainSize(v);
                if (score < bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
            placed[best] = true;
            order[i] = best;
            for (int c : m.constraintsOf[best]) {
                placedInScope[c]++;
            }
        }
        return order;
    }
}
