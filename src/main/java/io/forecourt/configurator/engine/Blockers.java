package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For every value at once, the fewest current choices that must change to allow it: a
 * shortest-path pass down and one up the decision diagram, where an edge that disagrees with a
 * chosen variable costs 1 (a value's own variable is free, since choosing it replaces the choice).
 * The set is minimum, not only minimal, and is read off one best path on request.
 */
public final class Blockers {

    private static final int INF = Integer.MAX_VALUE / 4;

    private final Mdd mdd;
    private final int[] values;
    private final int[] downCost;
    private final int[] downEdge;
    private final int[] upCost;
    private final int[] upEdge;
    /** Per flat value: the best edge carrying it, or -1 when no solution has it at all. */
    private final int[] bestEdge;
    private final int[] bestCost;
    private final int[] edgeFrom;

    Blockers(Mdd mdd, int[] values) {
        this.mdd = mdd;
        this.values = values.clone();
        int nodes = mdd.nodeCount();
        downCost = new int[nodes];
        downEdge = new int[nodes];
        upCost = new int[nodes];
        upEdge = new int[nodes];
        edgeFrom = new int[mdd.edgeCount()];
        ConfigModel m = mdd.model;
        bestEdge = new int[m.totalValues];
        bestCost = new int[m.totalValues];
        Arrays.fill(bestEdge, -1);
        Arrays.fill(bestCost, INF);
        if (nodes > 0) {
            passes();
        }
    }

    private void passes() {
        int[] order = mdd.order;
        Arrays.fill(downCost, INF);
        Arrays.fill(downEdge, -1);
        downCost[0] = 0;
        for (int i = 0; i < order.length; i++) {
            int want = values[order[i]];
            for (int u = mdd.layerStart(i); u < mdd.layerStart(i + 1); u++) {
                for (int e = mdd.edgeStart(u); e < mdd.edgeStart(u + 1); e++) {
                    edgeFrom[e] = u;
                    if (downCost[u] >= INF) {
                        continue;
                    }
                    int cost = downCost[u] + (want >= 0 && mdd.edgeVal(e) != want ? 1 : 0);
                    int to = mdd.edgeTo(e);
                    if (cost < downCost[to]) {
                        downCost[to] = cost;
                        downEdge[to] = e;
                    }
                }
            }
        }
        Arrays.fill(upCost, INF);
        Arrays.fill(upEdge, -1);
        upCost[mdd.nodeCount() - 1] = 0;
        for (int i = order.length - 1; i >= 0; i--) {
            int var = order[i];
            int want = values[var];
            int off = mdd.model.valOff[var];
            for (int u = mdd.layerStart(i); u < mdd.layerStart(i + 1); u++) {
                for (int e = mdd.edgeStart(u); e < mdd.edgeStart(u + 1); e++) {
                    int below = upCost[mdd.edgeTo(e)];
                    if (below >= INF) {
                        continue;
                    }
                    int cost = below + (want >= 0 && mdd.edgeVal(e) != want ? 1 : 0);
                    if (cost < upCost[u]) {
                        upCost[u] = cost;
                        upEdge[u] = e;
                    }
                    if (downCost[u] < INF) {
                        int relaxed = downCost[u] + below; // the value's own variable costs nothing
                        int flat = off + mdd.edgeVal(e);
                        if (relaxed < bestCost[flat]) {
                            bestCost[flat] = relaxed;
                            bestEdge[flat] = e;
                        }
                    }
                }
            }
        }
    }

    /** Whether any complete configuration has this value at all (else nothing chosen blocks it). */
    public boolean possible(int var, int value) {
        return bestEdge[mdd.model.valOff[var] + value] >= 0;
    }

    /**
     * How many current choices (other than {@code var}'s own) must change for {@code var = value} to
     * fit; 0 means it is available as it stands (for a chosen variable: as a replacement).
     */
    public int cost(int var, int value) {
        int c = bestCost[mdd.model.valOff[var] + value];
        return c >= INF ? Integer.MAX_VALUE : c;
    }

    /** The fewest chosen variables (other than {@code var}) to change so that {@code var = value} fits. */
    public List<Integer> blocking(int var, int value) {
        int e = bestEdge[mdd.model.valOff[var] + value];
        if (e < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int[] layerVar = mdd.order;
        int layerOfVar = mdd.layerOf(var);
        // above: follow the best edges back to the root
        int u = edgeFrom[e];
        for (int i = layerOfVar - 1; i >= 0; i--) {
            int pe = downEdge[u];
            int x = layerVar[i];
            if (values[x] >= 0 && mdd.edgeVal(pe) != values[x]) {
                out.add(x);
            }
            u = edgeFrom[pe];
        }
        // below: follow the best edges to the terminal
        int w = mdd.edgeTo(e);
        for (int i = layerOfVar + 1; i < layerVar.length; i++) {
            int ne = upEdge[w];
            int x = layerVar[i];
            if (values[x] >= 0 && mdd.edgeVal(ne) != values[x]) {
                out.add(x);
            }
            w = mdd.edgeTo(ne);
        }
        return out;
    }
}
