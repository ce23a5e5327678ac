package io.forecourt.configurator.engine;

/**
 * Allowed tuples in extension, propagated to generalized arc consistency with Compact-Table
 * (Demeulenaere et al., CP 2016): a reversible sparse bitset of still-valid tuples, one
 * precomputed support bitset per (position, value), residues to skip most support checks.
 * Memory is one bit per tuple per value of the scope (about 6 MB for Renault "big").
 */
final class TableConstraint extends Constraint {

    /** Tuple cell meaning "any value of this variable". */
    static final int ANY = -1;

    final int tuples;
    final int words;
    private final int[] valBase;
    private final int totalVals;
    private final long[] supports;
    /** Tuples whose cell is exactly the value (no wildcard): what a removed value invalidates. */
    private final long[] strictSupports;
    private final int[] snapOff;

    TableConstraint(String name, int[] scope, int[] domSizes, int[][] rows) {
        super(name, scope);
        tuples = rows.length;
        words = (tuples + 63) >>> 6;
        valBase = new int[scope.length];
        int base = 0;
        for (int p = 0; p < scope.length; p++) {
            valBase[p] = base;
            base += domSizes[p];
        }
        totalVals = base;
        supports = new long[totalVals * words];
        boolean wildcards = false;
        for (int[] row : rows) {
            for (int cell : row) {
                wildcards |= cell == ANY;
            }
        }
        strictSupports = wildcards ? new long[totalVals * words] : supports;
        for (int t = 0; t < tuples; t++) {
            long bit = 1L << t;
            int w = t >>> 6;
            for (int p = 0; p < scope.length; p++) {
                int val = rows[t][p];
                int from = val == ANY ? 0 : val;
                int to = val == ANY ? domSizes[p] : val + 1;
                for (int x = from; x < to; x++) {
                    supports[(valBase[p] + x) * words + w] |= bit;
                }
                if (wildcards && val != ANY) {
                    strictSupports[(valBase[p] + val) * words + w] |= bit;
                }
            }
        }
        snapOff = new int[scope.length];
    }

    /** The tuples back from the support bitsets, row-major ({@code tuples × arity}), wildcards as {@link #ANY}. */
    int[] decodeRows() {
        int[] rows = new int[tuples * scope.length];
        java.util.Arrays.fill(rows, Integer.MIN_VALUE);
        for (int p = 0; p < scope.length; p++) {
            int d = (p + 1 < scope.length ? valBase[p + 1] : totalVals) - valBase[p];
            for (int val = 0; val < d; val++) {
                int slot = (valBase[p] + val) * words;
                for (int w = 0; w < words; w++) {
                    long bits = supports[slot + w];
                    while (bits != 0) {
                        int t = (w << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        int cell = t * scope.length + p;
                        rows[cell] = rows[cell] == Integer.MIN_VALUE ? val : ANY; // several values: a wildcard
                    }
                }
            }
        }
        return rows;
    }

    @Override
    int memSize(ConfigModel m) {
        // valid-tuple words, the sparse-set limit, a "filtered once" flag, a version, scope snapshots
        int off = words + 3;
        for (int p = 0; p < scope.length; p++) {
            snapOff[p] = off;
            off += m.domWords[scope[p]];
        }
        return off;
    }

    @Override
    int intSize(ConfigModel m) {
        return words + totalVals;
    }

    @Override
    void initState(ConfigModel m, long[] mem, int[] ints) {
        for (int w = 0; w < words; w++) {
            int bits = Math.min(64, tuples - 64 * w);
            mem[memBase + w] = bits == 64 ? -1L : (1L << bits) - 1;
            ints[intBase + w] = w;
        }
        mem[memBase + words] = words;
        for (int p = 0; p < scope.length; p++) {
            int v = scope[p];
            for (int w = 0; w < m.domWords[v]; w++) {
                mem[memBase + snapOff[p] + w] = mem[m.domOff[v] + w];
            }
        }
    }

    @Override
    boolean propagate(SearchState s) {
        if (tuples == 0) {
            return false;
        }
        long[] mem = s.mem;
        ConfigModel m = s.model;
        int changed = 0;
        int lastPos = -1;
        for (int p = 0; p < scope.length; p++) {
            int v = scope[p];
            int dOff = m.domOff[v];
            int sOff = memBase + snapOff[p];
            int removed = 0;
            for (int w = 0; w < m.domWords[v]; w++) {
                removed += Long.bitCount(mem[sOff + w] & ~mem[dOff + w]);
            }
            if (removed == 0) {
                continue;
            }
            changed++;
            lastPos = p;
            if (!updateTable(s, p, removed <= s.size(v))) {
                return false;
            }
            snapshot(s, p);
        }
        // until the first full filtering, no variable's values are known to be supported
        boolean filteredOnce = mem[memBase + words + 1] != 0;
        if (!filteredOnce) {
            s.write(memBase + words + 1, 1);
        }
        return filterDomains(s, changed == 1 && filteredOnce ? lastPos : -1);
    }

    /** Removes tuples invalidated by a shrunk domain: via removed values (delta) or kept ones (reset). */
    private boolean updateTable(SearchState s, int p, boolean delta) {
        long[] mem = s.mem;
        int[] ints = s.ints;
        long[] mask = s.scratch;
        int limit = (int) mem[memBase + words];
        for (int i = 0; i < limit; i++) {
            mask[ints[intBase + i]] = 0;
        }
        int v = scope[p];
        int dOff = s.model.domOff[v];
        int sOff = memBase + snapOff[p];
        long[] sup = delta ? strictSupports : supports;
        for (int w = 0; w < s.model.domWords[v]; w++) {
            long bits = delta ? mem[sOff + w] & ~mem[dOff + w] : mem[dOff + w];
            while (bits != 0) {
                int val = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int slot = (valBase[p] + val) * words;
                for (int i = 0; i < limit; i++) {
                    int tw = ints[intBase + i];
                    mask[tw] |= sup[slot + tw];
                }
            }
        }
        boolean changed = false;
        for (int i = limit - 1; i >= 0; i--) {
            int tw = ints[intBase + i];
            long old = mem[memBase + tw];
            long now = delta ? old & ~mask[tw] : old & mask[tw];
            if (now != old) {
                changed = true;
                s.write(memBase + tw, now);
                if (now == 0) {
                    // sparse set: move the emptied word past the limit (the permutation need not be trailed)
                    int last = ints[intBase + limit - 1];
                    ints[intBase + limit - 1] = tw;
                    ints[intBase + i] = last;
                    limit--;
                }
            }
        }
        s.write(memBase + words, limit);
        if (changed) {
            s.write(memBase + words + 2, ++s.versions);
        }
        return limit > 0;
    }

    /**
     * Identifies the current set of valid tuples: a fresh number whenever it shrinks, restored
     * with it on backtrack, so equal versions mean equal sets (used to cache compile-time hashes).
     */
    long version(SearchState s) {
        return s.mem[memBase + words + 2];
    }

    private void snapshot(SearchState s, int p) {
        int v = scope[p];
        for (int w = 0; w < s.model.domWords[v]; w++) {
            s.write(memBase + snapOff[p] + w, s.mem[s.model.domOff[v] + w]);
        }
    }

    /** Removes values without a valid tuple; the only changed variable keeps all its supports. */
    private boolean filterDomains(SearchState s, int skip) {
        long[] mem = s.mem;
        int[] ints = s.ints;
        int limit = (int) mem[memBase + words];
        int resBase = intBase + words;
        for (int p = 0; p < scope.length; p++) {
            if (p == skip) {
                continue;
            }
            int v = scope[p];
            int dOff = s.model.domOff[v];
            boolean removedAny = false;
            for (int w = 0; w < s.model.domWords[v]; w++) {
                long bits = mem[dOff + w];
                while (bits != 0) {
                    int val = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    int slot = (valBase[p] + val) * words;
                    int r = ints[resBase + valBase[p] + val];
                    if ((mem[memBase + r] & supports[slot + r]) != 0) {
                        continue;
                    }
                    int found = -1;
                    for (int i = 0; i < limit; i++) {
                        int tw = ints[intBase + i];
                        if ((mem[memBase + tw] & supports[slot + tw]) != 0) {
                            found = tw;
                            break;
                        }
                    }
                    if (found >= 0) {
                        ints[resBase + valBase[p] + val] = found;
                    } else {
                        if (!s.remove(v, val)) {
                            return false;
                        }
                        removedAny = true;
                    }
                }
            }
            if (removedAny) {
                snapshot(s, p);
            }
        }
        return true;
    }

    @Override
    boolean holds(int[] solution, int var, int value) {
        for (int w = 0; w < words; w++) {
            long acc = -1L;
            for (int p = 0; p < scope.length && acc != 0; p++) {
                acc &= supports[(valBase[p] + valueOf(solution, scope[p], var, value)) * words + w];
            }
            if (acc != 0) {
                return true;
            }
        }
        return false;
    }
}
