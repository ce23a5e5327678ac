package io.forecourt.visit.solver;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * Ruin-and-recreate local search on {@link SearchSolution}s, after Christiaens &amp; Vanden Berghe's SISR
 * (slack induction by string removals, Transportation Science 2020): remove a few strings of visits near a
 * random visit, reinsert them greedily at their cheapest feasible position (with blinks), accept by
 * simulated annealing. With route minimisation it first empties the shortest route and searches, with the
 * fleet capped, until every visit fits again (guided by how often each visit was left out), then spends the
 * rest on cost. Every route it keeps is feasible; visits it cannot place stay unassigned at their cost.
 */
final class RuinRecreateSearch {

    private static final Logger LOG = Logger.getLogger(RuinRecreateSearch.class);

    private final SearchProblem p;
    private final SolverTuning tuning;
    private final Random random;
    private final BooleanSupplier stop;
    private final RuinRecreateMoves moves;
    private final long[] absences;
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
    private long attemptImprovedAt;
    private double startTemperature;
    private double endTemperature;

    RuinRecreateSearch(SearchProblem p, SearchSolution initial, SolverTuning tuning, long seed, BooleanSupplier stop) {
        this.p = p;
        this.tuning = tuning;
        this.random = new Random(seed);
        this.stop = stop;
        this.absences = new long[p.n];
        this.moves = new RuinRecreateMoves(p, tuning, random);
        moves.recreate(initial, moves.collectUnassigned(initial), true);
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
        startTemperature = Math.max(1, averageEdge * tuning.startTemperature());
        endTemperature = Math.max(0.01, averageEdge * tuning.endTemperature());
    }

    void runUntil(long untilNanos) {
        LOG.debugf("slice at %d ms: %d routes, cost %d, %d iterations", (System.nanoTime() - start) / 1_000_000,
                best.usedRoutes(), best.cost(), iterations);
        long now;
        while ((now = System.nanoTime()) < untilNanos && !stop.getAsBoolean()) {
            if (now < fleetEnd && best.unassigned() == 0) {
                if (!fleetStep()) {
                    fleetEnd = now;
                }
            } else {
                if (distanceStart < 0) {
                    LOG.infof("routes emptied until %d ms: %d routes, cost %d, %d iterations",
                            (now - start) / 1_000_000, best.usedRoutes(), best.cost(), iterations);
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
            fleetCurrent.removeRange(shortest, 0, fleetCurrent.size[shortest], new int[p.n], 0);
            fleetCurrent.refresh(shortest);
            if (fleetCurrent.size[shortest] > 0) {
                return false; // pinned visits keep this route
            }
            moves.recreate(fleetCurrent, moves.collectUnassigned(fleetCurrent), false);
            Arrays.fill(absences, 0);
            attemptLeastLeftOut = fleetCurrent.unassigned();
            attemptImprovedAt = System.nanoTime();
        }
        if (System.nanoTime() - attemptImprovedAt > (end - start) * tuning.stagnation()) {
            return false; // this route will not empty in the time left: spend it on cost
        }
        iterations++;
        candidate.copyFrom(fleetCurrent);
        int count = moves.ruin(candidate);
        if (random.nextBoolean()) {
            moves.sortByAbsences(count, absences);
        } else {
            moves.sort(count);
        }
        moves.recreateSorted(candidate, count, false);
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
        moves.recreate(candidate, moves.ruin(candidate), true);
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

    long iterations() {
        return iterations;
    }}
