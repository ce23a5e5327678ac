package io.forecourt.visit.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visit plan flattened into arrays for {@link RuinRecreateSearch}: visits 0..n-1, routes 0..m-1 (the real
 * rep-days; the unplanned bucket is not a route), travel times per rep-day as matrices over location indexes.
 * Same rules as {@link VisitConstraints}: windows, home by end of day, capacity, visit limit, availability,
 * pinned visits kept.
 */
final class SearchProblem {

    static final long BIG = 1_000_000_000_000L;

    final Visit[] visits;
    final RepDay[] repDays;
    final int n;
    final int m;
    final int[] loc;
    final long[] duration;
    final long[][] winStart;
    final long[][] winEnd;
    final int[] demand;
    final long[] unplannedCost;
    /** The route a pinned visit must stay on, or -1. */
    final int[] pinnedRoute;
    /** The route a visit had in the previous plan, or -1; leaving it costs {@link #moveCost}. */
    final int[] previousRoute;
    final long moveCost;
    final long pinnedCost;
    /** Per visit, the index of its account's rep among {@link #routeRep} values, or -1 for any rep. */
    final int[] preferredRep;
    /** Per route, its rep as an index shared with {@link #preferredRep}. */
    final int[] routeRep;
    final long otherRepCost;
    final int[] home;
    final long[] workStart;
    final long[] workEnd;
    final int[] capacity;
    final int[] maxVisits;
    final boolean[] open;
    final long[][][] travel;
    final long vehicleCost;
    /** Routes with the same class are interchangeable when empty (same home, hours, limits, travel). */
    final int[] vehicleClass;
    /** For each visit, all visits by increasing travel time from it (itself first). */
    final int[][] neighbours;

    SearchProblem(VisitPlan plan) {
        visits = plan.getVisits().toArray(Visit[]::new);
        repDays = plan.getRepDays().stream().filter(r -> !r.isUnplanned()).toArray(RepDay[]::new);
        n = visits.length;
        m = repDays.length;
        PlanningPolicy policy = plan.getPolicy();
        vehicleCost = policy.vehicleWeight() * BIG;
        List<Location> locations = new ArrayList<>();
        loc = new int[n];
        duration = new long[n];
        winStart = new long[n][];
        winEnd = new long[n][];
        demand = new int[n];
        unplannedCost = new long[n];
        pinnedRoute = new int[n];
        previousRoute = new int[n];
        moveCost = policy.moveWeight();
        pinnedCost = policy.pinnedWeight() * BIG;
        otherRepCost = policy.otherRepWeight() * BIG;
        Map<Long, Integer> repIndex = new java.util.HashMap<>();
        routeRep = new int[m];
        for (int r = 0; r < m; r++) {
            routeRep[r] = repIndex.computeIfAbsent(repDays[r].getRepId(), k -> repIndex.size());
        }
        preferredRep = new int[n];
        Map<String, Integer> routeById = new java.util.HashMap<>();
        for (int r = 0; r < m; r++) {
            routeById.put(repDays[r].getId(), r);
        }
        for (int i = 0; i < n; i++) {
            Visit v = visits[i];
            loc[i] = v.getLocation().index();
            locations.add(v.getLocation());
            duration[i] = v.getDuration();
            winStart[i] = v.getWindows().stream().mapToLong(TimeWindow::start).toArray();
            winEnd[i] = v.getWindows().stream().mapToLong(TimeWindow::end).toArray();
            demand[i] = v.getDemand();
            unplannedCost[i] = Math.max(1, v.getPriority()) * Math.max(1, policy.unplannedWeight()) * BIG;
            pinnedRoute[i] = v.getPinnedRepDayId() == null ? -1 : routeById.getOrDefault(v.getPinnedRepDayId(), -1);
            preferredRep[i] = v.getPreferredRepId() == null ? -1 : repIndex.getOrDefault(v.getPreferredRepId(), -2);
            previousRoute[i] = v.getPreviousRepDayId() == null ? -1
                    : routeById.getOrDefault(v.getPreviousRepDayId(), -1);
        }
        home = new int[m];
        workStart = new long[m];
        workEnd = new long[m];
        capacity = new int[m];
        maxVisits = new int[m];
        open = new boolean[m];
        for (int r = 0; r < m; r++) {
            RepDay d = repDays[r];
            home[r] = d.getHome().index();
            locations.add(d.getHome());
            workStart[r] = d.getWorkStart();
            workEnd[r] = d.getWorkEnd();
            capacity[r] = d.getCapacity();
            maxVisits[r] = d.getMaxVisits();
            open[r] = d.isAvailable();
        }
        Map<TravelTimes, long[][]> matrices = new IdentityHashMap<>();
        travel = new long[m][][];
        for (int r = 0; r < m; r++) {
            travel[r] = matrices.computeIfAbsent(repDays[r].getTravelTimes(), t -> matrix(t, locations));
        }
        vehicleClass = new int[m];
        Map<List<Object>, Integer> classes = new java.util.HashMap<>();
        for (int r = 0; r < m; r++) {
            List<Object> key = List.of(home[r], workStart[r], workEnd[r], capacity[r], maxVisits[r], open[r],
                    System.identityHashCode(travel[r]));
            vehicleClass[r] = classes.computeIfAbsent(key, k -> classes.size());
        }
        neighbours = neighbours(m == 0 ? matrix(TravelTimes.euclidean(1), locations) : travel[0]);
    }

    private static long[][] matrix(TravelTimes times, List<Location> locations) {
        int size = locations.stream().mapToInt(Location::index).max().orElse(-1) + 1;
        long[][] t = new long[size][size];
        for (Location a : locations) {
            for (Location b : locations) {
                if (a.index() != b.index()) {
                    t[a.index()][b.index()] = times.travelTime(a, b);
                }
            }
        }
        return t;
    }

    private int[][] neighbours(long[][] t) {
        int[][] result = new int[n][];
        for (int i = 0; i < n; i++) {
            final int from = i;
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Long.compare(
                    a == from ? -1 : Math.min(t[loc[from]][loc[a]], t[loc[a]][loc[from]]),
                    b == from ? -1 : Math.min(t[loc[from]][loc[b]], t[loc[b]][loc[from]])));
            result[i] = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** Service start when arriving at {@code arrival}, or -1 when every window has closed. */
    long startAt(int v, long arrival) {
        long[] ends = winEnd[v];
        for (int w = 0; w < ends.length; w++) {
            if (arrival <= ends[w]) {
                return Math.max(arrival, winStart[v][w]);
            }
        }
        return -1;
    }

    /** Latest arrival at v such that service starts by {@code latestStart}, or Long.MIN_VALUE if none. */
    long latestArrival(int v, long latestStart) {
        long[] starts = winStart[v];
        for (int w = starts.length - 1; w >= 0; w--) {
            if (starts[w] <= latestStart) {
                return Math.min(winEnd[v][w], latestStart);
            }
        }
        return Long.MIN_VALUE;
    }

    /** Open rep-days only; a pinned visit only on its own rep-day, unless that day is closed (rep ill). */
    /** What placing v on route r (or leaving it out, r = -1) costs beyond travel: moves away from before. */
    long placementCost(int v, int r) {
        long c = previousRoute[v] >= 0 && previousRoute[v] != r ? moveCost : 0;
        if (r >= 0 && preferredRep[v] != -1 && preferredRep[v] != routeRep[r]) {
            c += otherRepCost;
        }
        return pinnedRoute[v] >= 0 && pinnedRoute[v] != r ? c + pinnedCost : c;
    }

    boolean allowed(int v, int r) {
        return open[r] && (pinnedRoute[v] < 0 || pinnedRoute[v] == r || !open[pinnedRoute[v]]);
    }

    /** A pinned visit on its own, open rep-day: never removed from it. */
    boolean keeps(int v, int r) {
        return pinnedRoute[v] == r && open[r];
    }
}
