package io.forecourt.configurator.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiles a model into an {@link Mdd} by depth-first search in layer order, with the GAC solver
 * pruning dead values at every node. Two search nodes are merged when they leave the same
 * sub-problem: same future domains and, for every constraint cut by the layer, the same
 * residual (for a table, the set of its valid tuples projected on the unplaced variables).
 * That residual is identified by a 128-bit fingerprint (two independent 64-bit hashes), so
 * merging is exact unless two different residuals collide — about 2^-80 for a million states.
 * Nodes with identical outgoing edges are shared bottom-up. Gives up (throws
 * {@link BudgetExceeded}) after {@code maxStates} distinct states, to bound time and memory.
 */
final class MddCompiler {

    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(int states) {
            super("more than " + states + " decision-diagram states", null, false, false);
        }
    }

    private static final int DEAD = -1;
    private static final int CACHE = 256;

    private final ConfigModel m;
    private final int n;
    private final int[] order;
    private final int[] layerOf;
    private final int maxStates;
    private final SearchState s;
    /** Per layer: the constraints with variables on both sides of the cut, and how many are placed. */
    private final int[][] crossing;
    private final int[][] crossPlaced;
    /** Per table: projection id of each tuple on its scope minus the first k placed positions. */
    private final int[][][] projIds;
    private final int[][] projCount;
    private int[] seen = new int[64];
    private int seenStamp;
    /** Per table, a direct-mapped cache of tuple-set hashes by (version, placed count). */
    private final long[][] cacheKey;
    private final long[][] cacheHash;
    private long hashA;
    private long hashB;
    private final Map<Fingerprint, Integer> states = new HashMap<>();
    private final MddStore store;

    private record Fingerprint(long a, long b) {
        @Override
        public int hashCode() {
            return (int) (a ^ (a >>> 32)); // a is already a full-avalanche hash
        }
    }

    private MddCompiler(ConfigModel m, int[] order, int maxStates) {
        this.m = m;
        this.n = m.variableCount();
        this.order = order;
        this.maxStates = maxStates;
        this.s = new SearchState(m);
        layerOf = new int[n];
        for (int i = 0; i < n; i++) {
            layerOf[order[i]] = i;
        }
        crossing = new int[n + 1][];
        crossPlaced = new int[n + 1][];
        for (int i = 0; i <= n; i++) {
            int[] cs = new int[m.constraints.length];
            int[] ks = new int[m.constraints.length];
            int cnt = 0;
            for (Constraint c : m.constraints) {
                int placed = 0;
                for (int v : c.scope) {
                    placed += layerOf[v] < i ? 1 : 0;
                }
                if (placed > 0 && placed < c.scope.length) {
                    cs[cnt] = c.index;
                    ks[cnt++] = placed;
                }
            }
            crossing[i] = Arrays.copyOf(cs, cnt);
            crossPlaced[i] = Arrays.copyOf(ks, cnt);
        }
        projIds = new int[m.constraints.length][][];
        projCount = new int[m.constraints.length][];
        for (Constraint c : m.constraints) {
            if (c instanceof TableConstraint t) {
                projections(t, layerOf);
            }
        }
        store = new MddStore(n);
        cacheKey = new long[m.constraints.length][];
        cacheHash = new long[m.constraints.length][];
    }

    /** Compiles the model, or throws {@link BudgetExceeded}. */
    static Mdd compile(ConfigModel m, int maxStates) {
        return compile(m, VariableOrder.minCut(m), maxStates);
    }

    static Mdd compile(ConfigModel m, int[] order, int maxStates) {
        MddCompiler c = new MddCompiler(m, order, maxStates);
        int root = m.rootConsistent ? c.compile(0) : DEAD;
        return c.store.toMdd(m, order, root);
    }

    /** Tuple ids of equal projections, built from the last placed position backwards. */
    private void projections(TableConstraint t, int[] layerOf) {
        int arity = t.scope.length;
        Integer[] byLayer = new Integer[arity];
        for (int p = 0; p < arity; p++) {
            byLayer[p] = p;
        }
        Arrays.sort(byLayer, (a, b) -> Integer.compare(layerOf[t.scope[a]], layerOf[t.scope[b]]));
        int[] rows = t.decodeRows();
        int[][] ids = new int[arity + 1][];
        int[] counts = new int[arity + 1];
        ids[arity] = new int[t.tuples];
        counts[arity] = 1;
        Map<Long, Integer> intern = new HashMap<>();
        for (int k = arity - 1; k >= 0; k--) {
            intern.clear();
            ids[k] = new int[t.tuples];
            int p = byLayer[k];
            for (int tu = 0; tu < t.tuples; tu++) {
                // fmix is a bijection: it only spreads the boxed keys over the hash table
                long key = fmix(((long) rows[tu * arity + p] << 32) | ids[k + 1][tu]);
                Integer id = intern.putIfAbsent(key, intern.size());
                ids[k][tu] = id == null ? intern.size() - 1 : id;
            }
            counts[k] = intern.size();
        }
        projIds[t.index] = ids;
        projCount[t.index] = counts;
    }

    private int compile(int layer) {
        if (layer == n) {
            return store.terminal();
        }
        Fingerprint fp = fingerprint(layer);
        Integer known = states.get(fp);
        if (known != null) {
            return known;
        }
        if (states.size() >= maxStates) {
            throw new BudgetExceeded(maxStates);
        }
        int x = order[layer];
        int[] vals = new int[s.size(x)];
        int[] tos = new int[vals.length];
        int cnt = 0;
        int level = s.level();
        // ascending values: Mdd looks edges up by binary search
        for (int val = s.first(x); val >= 0; val = s.next(x, val + 1)) {
            s.push();
            if (s.assign(x, val) && s.propagate()) {
                int child = compile(layer + 1);
                if (child != DEAD) {
                    vals[cnt] = val;
                    tos[cnt++] = child;
                }
            }
            s.popTo(level);
        }
        int node = cnt == 0 ? DEAD : store.node(layer, vals, tos, cnt);
        states.put(fp, node);
        return node;
    }

    private Fingerprint fingerprint(int layer) {
        long a = mix(0x243F6A8885A308D3L, layer);
        long b = mix(0x13198A2E03707344L, ~layer);
        int[] cs = crossing[layer];
        for (int j = 0; j < cs.length; j++) {
            Constraint c = m.constraints[cs[j]];
            long sa;
            long sb;
            if (c instanceof TableConstraint t) {
                tupleSetHash(t, crossPlaced[layer][j]);
                sa = hashA;
                sb = hashB;
            } else {
                sa = sb = cutState(c, layer);
            }
            a = mix(a ^ c.index, sa);
            b = mix(b + c.index * 0x9E3779B97F4A7C15L, ~sb);
        }
        for (int j = layer; j < n; j++) {
            int v = order[j];
            for (int w = 0; w < m.domWords[v]; w++) {
                a = mix(a, s.mem[m.domOff[v] + w]);
                b = mix(b ^ 0x5851F42D4C957F2DL, s.mem[m.domOff[v] + w]);
            }
        }
        return new Fingerprint(a, b);
    }

    /** Order-independent hash of the distinct projections of the still-valid tuples, into hashA/hashB. */
    private void tupleSetHash(TableConstraint t, int placed) {
        // most tables are untouched by a decision: reuse the hash computed for the same valid set
        long key = ((t.version(s) << 16) | placed) + 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 56);
        if (cacheKey[t.index] == null) {
            cacheKey[t.index] = new long[CACHE];
            cacheHash[t.index] = new long[2 * CACHE];
        }
        if (cacheKey[t.index][slot] != key) {
            computeTupleSetHash(t, placed);
            cacheKey[t.index][slot] = key;
            cacheHash[t.index][2 * slot] = hashA;
            cacheHash[t.index][2 * slot + 1] = hashB;
        }
        hashA = cacheHash[t.index][2 * slot];
        hashB = cacheHash[t.index][2 * slot + 1];
    }

    private void computeTupleSetHash(TableConstraint t, int placed) {
        int[] ids = projIds[t.index][placed];
        if (seen.length < projCount[t.index][placed]) {
            seen = new int[Math.max(projCount[t.index][placed], seen.length * 2)];
            seenStamp = 0;
        }
        int stamp = ++seenStamp;
        long sa = 0;
        long sb = 0;
        for (int w = 0; w < t.words; w++) {
            long bits = s.mem[t.memBase + w];
            while (bits != 0) {
                int id = ids[(w << 6) + Long.numberOfTrailingZeros(bits)];
                bits &= bits - 1;
                if (seen[id] != stamp) {
                    seen[id] = stamp;
                    sa += fmix(id * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L);
                    sb += fmix((id ^ 0x27D4EB2F165667C5L) * 0x94D049BB133111EBL);
                }
            }
        }
        hashA = sa;
        hashB = sb;
    }

    /** A clause is either already satisfied by the placed variables or not; a cardinality counts. */
    private long cutState(Constraint c, int layer) {
        long state = 0;
        for (int i = 0; i < c.scope.length; i++) {
            int v = c.scope[i];
            if (layerOf[v] >= layer) {
                continue;
            }
            int val = s.first(v);
            if (c instanceof ClauseConstraint k) {
                state |= k.accepts(i, val) ? 1 : 0;
            } else {
                state += val == 1 ? 1 : 0;
            }
        }
        return state;
    }

    private static long mix(long h, long x) {
        return fmix(h * 0x9E3779B97F4A7C15L + x);
    }

    /** MurmurHash3's 64-bit finalizer: full avalanche. */
    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB93FE1A85A62L;
        k ^= k >>> 33;
        return k;
    }
}
