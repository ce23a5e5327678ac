package io.forecourt.configurator.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Growable node/edge arrays for the compiler, sharing nodes with identical edges (bottom-up reduction). */
final class MddStore {

    private final int layers;
    private int[] nodeLayer = new int[1024];
    private int[] nodeEdges = new int[1025];
    private int nodes;
    private int[] edgeVal = new int[4096];
    private int[] edgeTo = new int[4096];
    private int edges;
    private final Map<EdgeList, Integer> unique = new HashMap<>();
    private final int terminal;

    /** A node's identity for sharing: its layer and (value, child) pairs, with a well-mixed hash. */
    private static final class EdgeList {
        private final int layer;
        private final int[] pairs;
        private final int hash;

        EdgeList(int layer, int[] pairs) {
            this.layer = layer;
            this.pairs = pairs;
            long h = layer * 0x9E3779B97F4A7C15L;
            for (int p : pairs) {
                h = (h ^ p) * 0xFF51AFD7ED558CCDL;
                h ^= h >>> 29;
            }
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EdgeList e && e.layer == layer && Arrays.equals(e.pairs, pairs);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    MddStore(int layers) {
        this.layers = layers;
        terminal = add(layers, new int[0], new int[0], 0);
    }

    int terminal() {
        return terminal;
    }

    /** The node of {@code layer} with these edges, shared if it exists. */
    int node(int layer, int[] vals, int[] tos, int cnt) {
        int[] pairs = new int[2 * cnt];
        for (int i = 0; i < cnt; i++) {
            pairs[2 * i] = vals[i];
            pairs[2 * i + 1] = tos[i];
        }
        EdgeList key = new EdgeList(layer, pairs);
        Integer known = unique.get(key);
        if (known != null) {
            return known;
        }
        int id = add(layer, vals, tos, cnt);
        unique.put(key, id);
        return id;
    }

    private int add(int layer, int[] vals, int[] tos, int cnt) {
        if (nodes + 1 == nodeLayer.length) {
            nodeLayer = Arrays.copyOf(nodeLayer, nodes * 2);
            nodeEdges = Arrays.copyOf(nodeEdges, nodes * 2 + 1);
        }
        while (edges + cnt > edgeVal.length) {
            edgeVal = Arrays.copyOf(edgeVal, edgeVal.length * 2);
            edgeTo = Arrays.copyOf(edgeTo, edgeTo.length * 2);
        }
        System.arraycopy(vals, 0, edgeVal, edges, cnt);
        System.arraycopy(tos, 0, edgeTo, edges, cnt);
        nodeLayer[nodes] = layer;
        nodeEdges[nodes] = edges;
        edges += cnt;
        nodeEdges[nodes + 1] = edges;
        return nodes++;
    }

    /** Renumbers nodes layer by layer (root first, terminal last) into the query structure. */
    Mdd toMdd(ConfigModel m, int[] order, int root) {
        if (root < 0) {
            return Mdd.empty(m, order);
        }
        int[] perLayer = new int[layers + 2];
        for (int u = 0; u < nodes; u++) {
            perLayer[nodeLayer[u] + 1]++;
        }
        for (int i = 0; i <= layers; i++) {
            perLayer[i + 1] += perLayer[i];
        }
        int[] layerStart = perLayer.clone();
        int[] newId = new int[nodes];
        int[] next = Arrays.copyOf(perLayer, layers + 1);
        for (int u = 0; u < nodes; u++) {
            newId[u] = next[nodeLayer[u]]++;
        }
        int[] start = new int[nodes + 1];
        int[] oldOf = new int[nodes];
        for (int u = 0; u < nodes; u++) {
            oldOf[newId[u]] = u;
        }
        int[] val = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (int nu = 0; nu < nodes; nu++) {
            int u = oldOf[nu];
            start[nu] = e;
            for (int k = nodeEdges[u]; k < nodeEdges[u + 1]; k++) {
                val[e] = edgeVal[k];
                to[e++] = newId[edgeTo[k]];
            }
        }
        start[nodes] = e;
        return new Mdd(m, order, layerStart, start, val, to);
    }
}
