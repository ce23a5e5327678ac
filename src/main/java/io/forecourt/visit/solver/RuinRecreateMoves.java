package io.forecourt.visit.solver;

import java.util.Arrays;
import java.util.Random;

/**
 * SISR's ruin and recreate on a {@link SearchSolution}: {@link #ruin} removes strings of visits from routes
 * near a random visit, {@link #recreate} puts every left-out visit back at its cheapest feasible position
 * (skipping each position with a small "blink" probability), in one of SISR's orders.
 */
final class RuinRecreateMoves {

    private static final double BLINK = 0.01;

    private final SearchProblem p;
    private final SolverTuning tuning;
    private final Random random;
    private final int[] removed;
    private final boolean[] triedEmpty;

    RuinRecreateMoves(SearchProblem p, SolverTuning tuning, Random random) {
        this.p = p;
        this.tuning = tuning;
        this.random = random;
        this.removed = new int[p.n];
        this.triedEmpty = new boolean[p.m];
    }

    /** Removes strings of visits around a random seed visit; returns how many are in {@link #removed}. */
    int ruin(SearchSolution s) {
        int used = s.usedRoutes();
        if (used == 0) {
            return s.unassigned() == 0 ? 0 : collectUnassigned(s);
        }
        double averageSize = (double) (p.n - s.unassigned()) / used;
        // long routes (few wide-window vehicles) need longer strings to change their shape
        double maxString = Math.min(Math.max(tuning.maxString(), averageSize / 2), averageSize);
        double maxStrings = 4.0 * tuning.averageRemoved() / (1 + maxString) - 1;
        int strings = (int) (random.nextDouble() * maxStrings) + 1;
        int seed = random.nextInt(p.n);
        int count = 0;
        boolean[] ruined = new boolean[p.m];
        int ruinedCount = 0;
        for (int c : p.neighbours[seed]) {
            if (ruinedCount >= strings) {
                break;
            }
            int r = s.routeOf[c];
            if (r < 0 || ruined[r]) {
                continue;
            }
            int length = (int) (random.nextDouble() * Math.min(s.size[r], maxString)) + 1;
            int pos = s.posOf[c];
            if (random.nextBoolean() || length >= s.size[r]) {
                int from = Math.max(0, pos - length + 1) + random.nextInt(Math.min(pos, s.size[r] - length)
                        - Math.max(0, pos - length + 1) + 1);
                count += s.removeRange(r, from, from + length, removed, count);
            } else {
                int kept = 1;
                while (length + kept < s.size[r] && random.nextDouble() < 0.5) {
                    kept++;
                }
                int span = length + kept;
                int from = Math.max(0, pos - span + 1) + random.nextInt(Math.min(pos, s.size[r] - span)
                        - Math.max(0, pos - span + 1) + 1);
                int keepAt = from + random.nextInt(length + 1);
                count += s.removeRange(r, keepAt + kept, from + span, removed, count);
                count += s.removeRange(r, from, keepAt, removed, count);
            }
            s.refresh(r);
            ruined[r] = true;
            ruinedCount++;
        }
        // visits left out before are offered again with the removed ones
        return collectUnassigned(s);
    }

    int collectUnassigned(SearchSolution s) {
        int count = 0;
        for (int v = 0; v < p.n; v++) {
            if (s.routeOf[v] < 0) {
                removed[count++] = v;
            }
        }
        return count;
    }

    /** Inserts the removed visits, in one of SISR's orders, each at its cheapest feasible position. */
    void recreate(SearchSolution s, int count, boolean mayOpenRoutes) {
        sort(count);
        recreateSorted(s, count, mayOpenRoutes);
    }

    /** Visits left out most often first: they are the ones that keep the route from emptying. */
    void sortByAbsences(int count, long[] absences) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = removed[i];
        }
        Arrays.sort(order, (a, b) -> Long.compare(absences[b], absences[a]));
        for (int i = 0; i < count; i++) {
            removed[i] = order[i];
        }
    }

    void recreateSorted(SearchSolution s, int count, boolean mayOpenRoutes) {
        for (int i = 0; i < count; i++) {
            int v = removed[i];
            long bestDelta = SearchSolution.INFEASIBLE;
            int bestRoute = -1;
            int bestPos = -1;
            Arrays.fill(triedEmpty, false);
            for (int r = 0; r < p.m; r++) {
                if (!s.fits(v, r) || (s.size[r] == 0 && (!mayOpenRoutes || triedEmpty[p.vehicleClass[r]]))) {
                    continue;
                }
                if (s.size[r] == 0) {
                    triedEmpty[p.vehicleClass[r]] = true;
                }
                for (int pos = 0; pos <= s.size[r]; pos++) {
                    if (s.size[r] > 0 && random.nextDouble() < BLINK) {
                        continue;
                    }
                    long delta = s.insertionDelta(v, r, pos);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestRoute = r;
                        bestPos = pos;
                    }
                }
            }
            if (bestRoute >= 0) {
                s.insert(v, bestRoute, bestPos);
            }
        }
    }

    void sort(int count) {
        int kind = random.nextInt(11);
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = removed[i];
        }
        if (kind < 4) {
            java.util.Collections.shuffle(Arrays.asList(order), random);
        } else if (kind < 8) {
            Arrays.sort(order, (a, b) -> Integer.compare(p.demand[b], p.demand[a]));
        } else {
            long[][] t = p.travel.length == 0 ? new long[0][0] : p.travel[0];
            int depot = p.m == 0 ? 0 : p.home[0];
            java.util.Comparator<Integer> far = (a, b) -> Long.compare(t[depot][p.loc[b]], t[depot][p.loc[a]]);
            Arrays.sort(order, kind < 10 ? far : far.reversed());
        }
        for (int i = 0; i < count; i++) {
            removed[i] = order[i];
        }
    }
}
