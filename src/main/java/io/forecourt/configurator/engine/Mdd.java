package io.forecourt.configurator.engine;

/**
 * The model's solutions as a layered decision diagram: layer {@code i} branches on variable
 * {@code order[i]}, every root-to-terminal path is a solution and every solution a path. A
 * click is then two linear passes: nodes reachable from the root through edges the assignment
 * allows, and nodes that reach the terminal; a value is available iff one allowed edge carrying
 * it joins the two. Immutable; the passes allocate their own marks.
 */
final class Mdd {

    final ConfigModel model;
    final int[] order;
    /** Nodes of layer i are [layerStart[i], layerStart[i+1]); the terminal is alone in layer n. */
    private final int[] layerStart;
    private final int[] edgeStart;
    private final int[] edgeVal;
    private final int[] edgeTo;

    Mdd(ConfigModel model, int[] order, int[] layerStart, int[] edgeStart, int[] edgeVal, int[] edgeTo) {
        this.model = model;
        this.order = order;
        this.layerStart = layerStart;
        this.edgeStart = edgeStart;
        this.edgeVal = edgeVal;
        this.edgeTo = edgeTo;
    }

    static Mdd empty(ConfigModel m, int[] order) {
        return new Mdd(m, order, new int[order.length + 2], new int[1], new int[0], new int[0]);
    }

    int nodeCount() {
        return edgeStart.length - 1;
    }

    int edgeCount() {
        return edgeVal.length;
    }

    /** Marks of the two passes for one assignment, and the flat per-value availability. */
    record Marks(boolean[] fromRoot, boolean[] toTerminal, boolean[] available) {
    }

    /** Both passes ({@code values[v]} = value or -1); availability is collected on the way up. */
    Marks marks(int[] values) {
        int nodes = nodeCount();
        boolean[] down = new boolean[nodes];
        boolean[] up = new boolean[nodes];
        boolean[] avail = new boolean[model.totalValues];
        if (nodes == 0) {
            return new Marks(down, up, avail);
        }
        down(values, down);
        up[nodes - 1] = true;
        for (int i = order.length - 1; i >= 0; i--) {
            int want = values[order[i]];
            int off = model.valOff[order[i]];
            for (int u = layerStart[i]; u < layerStart[i + 1]; u++) {
                // an allowed edge from a reached node reaches its child, so only reached nodes matter
                if (!down[u]) {
                    continue;
                }
                if (want >= 0) {
                    int e = edgeOf(u, want);
                    if (e >= 0 && up[edgeTo[e]]) {
                        up[u] = true;
                        avail[off + want] = true;
                    }
                    continue;
                }
                for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                    if (up[edgeTo[e]]) {
                        up[u] = true;
                        avail[off + edgeVal[e]] = true;
                    }
                }
            }
        }
        return new Marks(down, up, avail);
    }

    /** Marks the nodes reachable from the root through edges the assignment allows. */
    private void down(int[] values, boolean[] down) {
        down[0] = true;
        for (int i = 0; i < order.length; i++) {
            int want = values[order[i]];
            for (int u = layerStart[i]; u < layerStart[i + 1]; u++) {
                if (!down[u]) {
                    continue;
                }
                if (want >= 0) {
                    int e = edgeOf(u, want);
                    if (e >= 0) {
                        down[edgeTo[e]] = true;
                    }
                    continue;
                }
                for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                    down[edgeTo[e]] = true;
                }
            }
        }
    }

    /** The edge of {@code u} carrying {@code val}, or -1 (edges are sorted by value). */
    private int edgeOf(int u, int val) {
        int lo = edgeStart[u];
        int hi = edgeStart[u + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (edgeVal[mid] < val) {
                lo = mid + 1;
            } else if (edgeVal[mid] > val) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether some solution extends the assignment: the terminal is reachable. */
    boolean consistent(int[] values) {
        int nodes = nodeCount();
        if (nodes == 0) {
            return false;
        }
        boolean[] down = new boolean[nodes];
        down(values, down);
        return down[nodes - 1];
    }

    /** How many complete solutions extend the assignment. */
    java.math.BigInteger count(int[] values) {
        int nodes = nodeCount();
        if (nodes == 0) {
            return java.math.BigInteger.ZERO;
        }
        java.math.BigInteger[] below = new java.math.BigInteger[nodes];
        below[nodes - 1] = java.math.BigInteger.ONE;
        for (int i = order.length - 1; i >= 0; i--) {
            int want = values[order[i]];
            for (int u = layerStart[i]; u < layerStart[i + 1]; u++) {
                java.math.BigInteger sum = java.math.BigInteger.ZERO;
                for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                    if (want < 0 || edgeVal[e] == want) {
                        sum = sum.add(below[edgeTo[e]]);
                    }
                }
                below[u] = sum;
            }
        }
        return below[0];
    }

    /**
     * A solution extending {@code values} with {@code var = val} (var -1: none forced), taking the
     * smallest allowed value at each free layer below the forced edge; null if none exists.
     */
    int[] witness(int[] values, int var, int val, Marks marks) {
        if (nodeCount() == 0 || !marks.toTerminal()[0]) {
            return null;
        }
        int[] sol = new int[order.length];
        int layer = 0;
        int node = 0;
        if (var >= 0) {
            int li = 0;
            while (order[li] != var) {
                li++;
            }
            int edge = -1;
            for (int u = layerStart[li]; u < layerStart[li + 1] && edge < 0; u++) {
                if (marks.fromRoot()[u]) {
                    for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                        if (edgeVal[e] == val && (values[var] < 0 || values[var] == val) && marks.toTerminal()[edgeTo[e]]) {
                            edge = e;
                            node = u;
                            break;
                        }
                    }
                }
            }
            if (edge < 0) {
                return null;
            }
            pathUp(values, li, node, marks, sol);
            sol[var] = val;
            node = edgeTo[edge];
            layer = li + 1;
        }
        for (int i = layer; i < order.length; i++) {
            int want = values[order[i]];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                if ((want < 0 || edgeVal[e] == want) && marks.toTerminal()[edgeTo[e]]) {
                    sol[order[i]] = edgeVal[e];
                    node = edgeTo[e];
                    break;
                }
            }
        }
        return sol;
    }

    /** Fills the layers above {@code node} with any allowed path from the root to it. */
    private void pathUp(int[] values, int layer, int node, Marks marks, int[] sol) {
        for (int i = layer - 1; i >= 0; i--) {
            int want = values[order[i]];
            search:
            for (int u = layerStart[i]; u < layerStart[i + 1]; u++) {
                if (marks.fromRoot()[u]) {
                    for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                        if (edgeTo[e] == node && (want < 0 || edgeVal[e] == want)) {
                            sol[order[i]] = edgeVal[e];
                            node = u;
                            break search;
                        }
                    }
                }
            }
        }
    }

    // read access for Blockers' passes
    int layerStart(int layer) {
        return layerStart[layer];
    }

    int edgeStart(int node) {
        return edgeStart[node];
    }

    int edgeVal(int edge) {
        return edgeVal[edge];
    }

    int edgeTo(int edge) {
        return edgeTo[edge];
    }

    /** The layer that branches on {@code var}. */
    int layerOf(int var) {
        if (layerOfVar == null) {
            int[] l = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                l[order[i]] = i;
            }
            layerOfVar = l;
        }
        return layerOfVar[var];
    }

    private volatile int[] layerOfVar;
}
