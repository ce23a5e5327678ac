package io.forecourt.configurator.engine;

import java.util.Arrays;

/**
 * One query's search state: bitset domains and propagator state in a single reversible
 * {@code long[]} (trailed per search level), a propagation queue, and depth-first search.
 * Cheap to create (two array copies), used by one thread, then dropped.
 */
final class SearchState {

    /** Chooses the value to try first for a variable during search. */
    interface ValueOrder {
        int pick(SearchState solver, int var);
    }

    static final ValueOrder FIRST_VALUE = (s, var) -> s.first(var);

    final ConfigModel model;
    final long[] mem;
    final int[] ints;
    final long[] scratch;
    private final boolean[] active;
    /** Constraints that pruned or failed since the last reset; a sufficient core for explanations. */
    final boolean[] involved;
    private final int[] stamp;
    private int[] levelStamp = new int[64];
    private int[] levelTrail = new int[64];
    private int level;
    private int stampCounter;
    private int curStamp;
    private int[] trailIdx = new int[1024];
    private long[] trailVal = new long[1024];
    private int trailSize;
    private final int[] queue;
    private final boolean[] queued;
    private int qHead;
    private int qSize;
    private int current = -1;
    /** Source of table-state version numbers (see {@link TableConstraint#version}). */
    long versions;

    /** A solver at the model's root fixpoint with every constraint active. */
    SearchState(ConfigModel model) {
        this(model, model.rootMem, model.rootInts, null);
        versions = model.rootVersions; // versions already used in the root template
    }

    /**
     * A solver over only the {@code active} constraints (null = all), starting from the given
     * templates; the caller must {@link #propagateAll()} when starting from the raw template.
     */
    SearchState(ConfigModel model, long[] memTemplate, int[] intTemplate, boolean[] active) {
        this.model = model;
        this.mem = memTemplate.clone();
        this.ints = intTemplate.clone();
        this.scratch = new long[model.maxScratchWords];
        int nc = model.constraints.length;
        this.active = active != null ? active : filled(nc);
        this.involved = new boolean[nc];
        this.stamp = new int[mem.length];
        this.queue = new int[Math.max(1, nc)];
        this.queued = new boolean[nc];
        curStamp = levelStamp[0] = ++stampCounter;
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    // ---- domains ----

    int size(int v) {
        return (int) mem[model.sizeIdx[v]];
    }

    boolean has(int v, int val) {
        return (mem[model.domOff[v] + (val >>> 6)] & (1L << val)) != 0;
    }

    /** Smallest value in the domain. */
    int first(int v) {
        return next(v, 0);
    }

    /** Smallest value {@code >= from} in the domain, or -1. */
    int next(int v, int from) {
        int off = model.domOff[v];
        int nw = model.domWords[v];
        for (int w = from >>> 6; w < nw; w++) {
            long word = mem[off + w];
            if (w == from >>> 6) {
                word &= -1L << from;
            }
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return -1;
    }

    /** Trailed write: the old value is restored when the current level is popped. */
    void write(int idx, long value) {
        if (stamp[idx] != curStamp) {
            if (trailSize == trailIdx.length) {
                trailIdx = Arrays.copyOf(trailIdx, trailSize * 2);
                trailVal = Arrays.copyOf(trailVal, trailSize * 2);
            }
            trailIdx[trailSize] = idx;
            trailVal[trailSize++] = mem[idx];
            stamp[idx] = curStamp;
        }
        mem[idx] = value;
    }

    /** Removes a value; false on domain wipe-out. */
    boolean remove(int v, int val) {
        int w = model.domOff[v] + (val >>> 6);
        long word = mem[w];
        long bit = 1L << val;
        if ((word & bit) == 0) {
            return true;
        }
        int size = size(v) - 1;
        if (size == 0) {
            return false;
        }
        write(w, word & ~bit);
        write(model.sizeIdx[v], size);
        changed(v);
        return true;
    }

    /** Keeps only the values whose bit is set in {@code mask[maskOff..]}; false on wipe-out. */
    boolean restrict(int v, long[] mask, int maskOff) {
        int off = model.domOff[v];
        int nw = model.domWords[v];
        int size = 0;
        boolean change = false;
        for (int w = 0; w < nw; w++) {
            long nword = mem[off + w] & mask[maskOff + w];
            size += Long.bitCount(nword);
            change |= nword != mem[off + w];
        }
        if (size == 0) {
            return false;
        }
        if (change) {
            for (int w = 0; w < nw; w++) {
                write(off + w, mem[off + w] & mask[maskOff + w]);
            }
            write(model.sizeIdx[v], size);
            changed(v);
        }
        return true;
    }

    /** Fixes a variable; false if the value is no longer in its domain. */
    boolean assign(int v, int val) {
        if (!has(v, val)) {
            return false;
        }
        if (size(v) == 1) {
            return true;
        }
        int off = model.domOff[v];
        for (int w = 0; w < model.domWords[v]; w++) {
            write(off + w, w == val >>> 6 ? 1L << val : 0L);
        }
        write(model.sizeIdx[v], 1);
        changed(v);
        return true;
    }

    private void changed(int v) {
        if (current >= 0) {
            involved[current] = true;
        }
        for (int c : model.constraintsOf[v]) {
            if (c != current && active[c] && !queued[c]) {
                enqueue(c);
            }
        }
    }

    private void enqueue(int c) {
        queued[c] = true;
        queue[(qHead + qSize++) % queue.length] = c;
    }

    // ---- propagation ----

    /** Schedules every active constraint and propagates (used from a raw template). */
    boolean propagateAll() {
        for (int c = 0; c < active.length; c++) {
            if (active[c] && !queued[c]) {
                enqueue(c);
            }
        }
        return propagate();
    }

    /** Runs queued propagators to the fixpoint; false on failure (the queue is then emptied). */
    boolean propagate() {
        while (qSize > 0) {
            int c = queue[qHead];
            qHead = (qHead + 1) % queue.length;
            qSize--;
            queued[c] = false;
            current = c;
            boolean ok = model.constraints[c].propagate(this);
            current = -1;
            if (!ok) {
                involved[c] = true;
                while (qSize > 0) {
                    queued[queue[qHead]] = false;
                    qHead = (qHead + 1) % queue.length;
                    qSize--;
                }
                return false;
            }
        }
        return true;
    }

    // ---- levels ----

    int level() {
        return level;
    }

    void push() {
        if (++level == levelStamp.length) {
            levelStamp = Arrays.copyOf(levelStamp, level * 2);
            levelTrail = Arrays.copyOf(levelTrail, level * 2);
        }
        levelTrail[level] = trailSize;
        curStamp = levelStamp[level] = ++stampCounter;
    }

    void pop() {
        int start = levelTrail[level];
        for (int i = trailSize - 1; i >= start; i--) {
            mem[trailIdx[i]] = trailVal[i];
        }
        trailSize = start;
        curStamp = levelStamp[--level];
    }

    void popTo(int target) {
        while (level > target) {
            pop();
        }
    }

    // ---- search ----

    /** Depth-first search below the current state; on success the solver is left at a solution. */
    boolean solve(ValueOrder order) {
        while (true) {
            int x = selectVariable();
            if (x < 0) {
                return true;
            }
            int val = order.pick(this, x);
            push();
            if (assign(x, val) && propagate() && solve(order)) {
                return true;
            }
            pop();
            if (!remove(x, val) || !propagate()) {
                return false;
            }
        }
    }

    /** Smallest unfixed domain first (first-fail); a binary domain ends the scan early, keeping decisions cheap. */
    private int selectVariable() {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int v = 0; v < model.domWords.length; v++) {
            int s = size(v);
            if (s > 1 && s < bestSize) {
                best = v;
                bestSize = s;
                if (s == 2) {
                    break;
                }
            }
        }
        return best;
    }

    /** The current values of a fully fixed state. */
    int[] solution() {
        int[] sol = new int[model.domWords.length];
        for (int v = 0; v < sol.length; v++) {
            sol[v] = first(v);
        }
        return sol;
    }
}
