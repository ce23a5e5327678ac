package io.forecourt.visit.solver;

import java.util.Arrays;

/**
 * Routes as int arrays with, per position, the departure time and the latest arrival that keeps the rest of
 * the route feasible, so {@link #insertionDelta} checks a position in constant time.
 */
final class SearchSolution {

    static final long INFEASIBLE = Long.MAX_VALUE;

    final SearchProblem p;
    final int[][] route;
    final int[] size;
    final int[] load;
    final long[] distance;
    final boolean[] feasible;
    final long[][] departure;
    final long[][] latest;
    final int[] routeOf;
    final int[] posOf;

    SearchSolution(SearchProblem p) {
        this.p = p;
        route = new int[p.m][p.n];
        size = new int[p.m];
        load = new int[p.m];
        distance = new long[p.m];
        feasible = new boolean[p.m];
        departure = new long[p.m][p.n];
        latest = new long[p.m][p.n];
        routeOf = new int[p.n];
        posOf = new int[p.n];
        Arrays.fill(routeOf, -1);
        Arrays.fill(feasible, true);
    }

    SearchSolution copy() {
        SearchSolution c = new SearchSolution(p);
        c.copyFrom(this);
        return c;
    }

    void copyFrom(SearchSolution o) {
        for (int r = 0; r < p.m; r++) {
            System.arraycopy(o.route[r], 0, route[r], 0, o.size[r]);
            System.arraycopy(o.departure[r], 0, departure[r], 0, o.size[r]);
            System.arraycopy(o.latest[r], 0, latest[r], 0, o.size[r]);
        }
        System.arraycopy(o.size, 0, size, 0, p.m);
        System.arraycopy(o.load, 0, load, 0, p.m);
        System.arraycopy(o.distance, 0, distance, 0, p.m);
        System.arraycopy(o.feasible, 0, feasible, 0, p.m);
        System.arraycopy(o.routeOf, 0, routeOf, 0, p.n);
        System.arraycopy(o.posOf, 0, posOf, 0, p.n);
    }

    /** Recomputes times, load, distance and feasibility of route r after its visits changed. */
    void refresh(int r) {
        long[][] t = p.travel[r];
        int[] seq = route[r];
        long time = p.workStart[r];
        int prev = p.home[r];
        long dist = 0;
        int l = 0;
        boolean ok = true;
        for (int i = 0; i < size[r]; i++) {
            int v = seq[i];
            routeOf[v] = r;
            posOf[v] = i;
            long arrival = time + t[prev][p.loc[v]];
            dist += t[prev][p.loc[v]];
            long start = p.startAt(v, arrival);
            if (start < 0) {
                ok = false;
                start = arrival;
            }
            time = start + p.duration[v];
            departure[r][i] = time;
            l += p.demand[v];
            prev = p.loc[v];
        }
        dist += t[prev][p.home[r]];
        long latestNext = p.workEnd[r];
        int next = p.home[r];
        ok &= time + t[prev][p.home[r]] <= latestNext;
        for (int i = size[r] - 1; i >= 0; i--) {
            int v = seq[i];
            long bound = latestNext == Long.MIN_VALUE ? Long.MIN_VALUE
                    : latestNext - t[p.loc[v]][next] - p.duration[v];
            latestNext = bound == Long.MIN_VALUE ? Long.MIN_VALUE : p.latestArrival(v, bound);
            latest[r][i] = latestNext;
            next = p.loc[v];
        }
        load[r] = l;
        distance[r] = dist;
        feasible[r] = ok && l <= p.capacity[r] && size[r] <= p.maxVisits[r];
    }

    /** Added cost of inserting v before position pos of route r, or INFEASIBLE. */
    long insertionDelta(int v, int r, int pos) {
        long[][] t = p.travel[r];
        int prevLoc = pos == 0 ? p.home[r] : p.loc[route[r][pos - 1]];
        long dep = pos == 0 ? p.workStart[r] : departure[r][pos - 1];
        long start = p.startAt(v, dep + t[prevLoc][p.loc[v]]);
        if (start < 0) {
            return INFEASIBLE;
        }
        int nextLoc = pos == size[r] ? p.home[r] : p.loc[route[r][pos]];
        long arrivalNext = start + p.duration[v] + t[p.loc[v]][nextLoc];
        long latestNext = pos == size[r] ? p.workEnd[r] : latest[r][pos];
        if (arrivalNext > latestNext) {
            return INFEASIBLE;
        }
        long delta = t[prevLoc][p.loc[v]] + t[p.loc[v]][nextLoc] - t[prevLoc][nextLoc] + p.placementCost(v, r);
        return size[r] == 0 ? delta + p.vehicleCost : delta;
    }

    boolean fits(int v, int r) {
        return load[r] + p.demand[v] <= p.capacity[r] && size[r] + 1 <= p.maxVisits[r] && p.allowed(v, r);
    }

    void insert(int v, int r, int pos) {
        System.arraycopy(route[r], pos, route[r], pos + 1, size[r] - pos);
        route[r][pos] = v;
        size[r]++;
        refresh(r);
    }

    /** Removes the visits at positions [from, to) of route r except pinned ones; returns how many it removed. */
    int removeRange(int r, int from, int to, int[] removed, int count) {
        int w = from;
        int added = 0;
        for (int i = from; i < to; i++) {
            int v = route[r][i];
            if (p.keeps(v, r)) {
                route[r][w++] = v;
            } else {
                removed[count + added++] = v;
                routeOf[v] = -1;
            }
        }
        System.arraycopy(route[r], to, route[r], w, size[r] - to);
        size[r] -= to - w;
        return added;
    }

    long cost() {
        long c = 0;
        for (int r = 0; r < p.m; r++) {
            if (size[r] > 0) {
                c += distance[r] + p.vehicleCost;
            }
        }
        for (int v = 0; v < p.n; v++) {
            if (routeOf[v] < 0) {
                c += p.unplannedCost[v];
            }
            c += p.placementCost(v, routeOf[v]);
        }
        return c;
    }

    int usedRoutes() {
        int u = 0;
        for (int r = 0; r < p.m; r++) {
            if (size[r] > 0) {
                u++;
            }
        }
        return u;
    }

    int unassigned() {
        int u = 0;
        for (int v = 0; v < p.n; v++) {
            if (routeOf[v] < 0) {
                u++;
            }
        }
        return u;
    }
}
