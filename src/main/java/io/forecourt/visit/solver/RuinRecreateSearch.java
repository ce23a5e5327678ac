package io.forecourt.visit.solver;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Ruin-and-recreate local search on {@link SearchSolution}s, after Christiaens &amp; Vanden Berghe's SISR
 * (slack induction by string removals, Transportation Science 2020): remove a few strings of visits near a
 * random visit, reinsert them greedily at their cheapest feasible position (with blinks), accept by
 * simulated annealing. With route minimisation it first empties the shortest route and searches, with the
 * fleet capped, until every visit fits again (guided by how often each visit was left out), then spends the
 * rest on cost. Every route it keeps is feasible; visits it cannot place stay unassigned at their cost.
 */
final class RuinRecreateSearch {

    private static final int AVERAGE_REMOVED = Integer.getInteger("forecourt.visit.removed", 15);
    private static final int MAX_STRING = Integer.getInteger("forecourt.visit.string", 10);
    private static final double BLINK = 0.01;
    private static final double STAGNATION = Double.parseDouble(System.getProperty("forecourt.visit.stagnation", "0.1"));
    private static final double T0 = Double.parseDouble(System.getProperty("forecourt.visit.t0", "0.5"));
    private static final double TF = Double.parseDouble(System.getProperty("forecourt.visit.tf", "0.005"));

    private final SearchProblem p;
    private final Random random;
    private final BooleanSupplier stop;
    private final int[] removed;
    private final long[] absences;
    private final boolean[] triedEmpty;
    SearchSolution best;
    private SearchSolution current;
    private SearchSolution candidate;
    private SearchSolution fleetCurrent;
    private long start;
    private long fleetEnd;
    private long end;
    private long distanceStart = -1;
    private int attemptLeastLeftOut;
    private long iterations;
    private static final boolean DEBUG = Boolean.getBoolean("forecourt.visit.debug");
    private long attemptImprovedAt;
    private double startTemperature;
    private double endTemperature;

    RuinRecreateSearch(SearchProblem p, SearchSolution initial, long seed, BooleanSupplier stop) {
        this.p = p;
        this.random = new Random(seed);
        this.stop = stop;
        this.removed = new int[p.n];
        this.absences = new long[p.n];
        this.triedEmpty = new boolean[p.m];
        int count = 0;
        for (int v = 0; v < p.n; v++) {
            if (initial.routeOf[v] < 0) {
                removed[count++] = v;
            }
        }
        recreate(initial, count, true);
        current = initial;
        best = initial.copy();
        candidate = initial.copy();
    }

    /** Sets the time budget: the first {@code fleetShare} of it on removing routes (0 = none). */
    void budget(long startNanos, long endNanos, double fleetShare) {
        start = startNanos;
        end = endNanos;
        fleetEnd = p.vehicleCost > 0 ? start + (long) ((end - start) * fleetShare) : start;
        long edges = 0;
        for (int r = 0; r < p.m; r++) {
            edges += best.distance[r];
        }
        double averageEdge = (double) edges / Math.max(1, p.n + best.usedRoutes());
        startTemperature = Math.max(1, averageEdge * T0);
        endTemperature = Math.max(0.01, averageEdge * TF);
    }

    void runUntil(long untilNanos) {
        if (DEBUG) {
            System.err.printf("slice at %d ms: %d routes, cost %d, %d iterations, current %d%n",
                    (System.nanoTime() - start) / 1_000_000, best.usedRoutes(), best.cost(), iterations,
                    current.cost());
        }
        long now;
        while ((now = System.nanoTime()) < untilNanos && !stop.getAsBoolean()) {
            if (now < fleetEnd && best.unassigned() == 0) {
                if (!fleetStep()) {
                    fleetEnd = now;
                }
            } else {
                if (distanceStart < 0) {
                    if (DEBUG) {
                        System.err.printf("fleet stage done after %d ms: %d routes, cost %d, %d iterations%n",
                                (now - start) / 1_000_000, best.usedRoutes(), best.cost(), iterations);
                    }
                    distanceStart = now;
                    current.copyFrom(best);
                }
                distanceStep(now);
            }
        }
    }

    private boolean fleetStep() {
        if (fleetCurrent == null) {
            int shortest = -1;
            for (int r = 0; r < p.m; r++) {
                if (best.size[r] > 0 && (shortest < 0 || best.size[r] < best.size[shortest])) {
                    shortest = r;
                }
            }
            if (shortest < 0 || best.usedRoutes() <= 1) {
                return false;
            }
            fleetCurrent = best.copy();
            int count = fleetCurrent.removeRange(shortest, 0, fleetCurrent.size[shortest], removed, 0);
            fleetCurrent.refresh(shortest);
            if (fleetCurrent.size[shortest] > 0) {
                return false; // pinned visits keep this route
            }
            recreate(fleetCurrent, count, false);
            Arrays.fill(absences, 0);
            attemptLeastLeftOut = fleetCurrent.unassigned();
            attemptImprovedAt = System.nanoTime();
        }
        if (System.nanoTime() - attemptImprovedAt > (end - start) * STAGNATION) {
            return false; // this route will not empty in the time left: spend it on cost
        }
        iterations++;
        candidate.copyFrom(fleetCurrent);
        recreate(candidate, ruin(candidate), false);
        int before = fleetCurrent.unassigned();
        int after = candidate.unassigned();
        long absent = 0;
        for (int v = 0; v < p.n; v++) {
            if (candidate.routeOf[v] < 0) {
                absences[v]++;
                absent += absences[v];
            }
        }
        if (after < before || absent < absenceSum(fleetCurrent)) {
            SearchSolution t = fleetCurrent;
            fleetCurrent = candidate;
            candidate = t;
        }
        if (fleetCurrent.unassigned() < attemptLeastLeftOut) {
            attemptLeastLeftOut = fleetCurrent.unassigned();
            attemptImprovedAt = System.nanoTime();
        }
        if (fleetCurrent.unassigned() == 0) {
            best.copyFrom(fleetCurrent);
            fleetCurrent = null;
        }
        return true;
    }

    private long absenceSum(SearchSolution s) {
        long sum = 0;
        for (int v = 0; v < p.n; v++) {
            if (s.routeOf[v] < 0) {
                sum += absences[v];
            }
        }
        return sum;
    }

    private void distanceStep(long now) {
        iterations++;
        double progress = Math.min(1.0, (double) (now - distanceStart) / Math.max(1, end - distanceStart));
        double temperature = startTemperature * Math.pow(endTemperature / startTemperature, progress);
        candidate.copyFrom(current);
        recreate(candidate, ruin(candidate), true);
        long cost = candidate.cost();
        if (cost < current.cost() - temperature * Math.log(random.nextDouble())) {
            SearchSolution t = current;
            current = candidate;
            candidate = t;
            if (cost < best.cost()) {
                best.copyFrom(current);
            }
        }
    }

    /** Removes strings of visits around a random seed visit; returns how many are in {@link #removed}. */
    private int ruin(SearchSolution s) {
        int used = s.usedRoutes();
        if (used == 0) {
            return s.unassigned() == 0 ? 0 : collectUnassigned(s);
        }
        double averageSize = (double) (p.n - s.unassigned()) / used;
        // long routes (few wide-window vehicles) need longer strings to change their shape
        double maxString = Math.min(Math.max(MAX_STRING, averageSize / 2), averageSize);
        double maxStrings = 4.0 * AVERAGE_REMOVED / (1 + maxString) - 1;
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

    private int collectUnassigned(SearchSolution s) {
        int count = 0;
        for (int v = 0; v < p.n; v++) {
            if (s.routeOf[v] < 0) {
                removed[count++] = v;
            }
        }
        return count;
    }

    /** Inserts the removed visits, in one of SISR's orders, each at its cheapest feasible position. */
    private void recreate(SearchSolution s, int count, boolean mayOpenRoutes) {
        sort(count);
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

    private void sort(int count) {
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
