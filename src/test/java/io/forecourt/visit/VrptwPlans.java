package io.forecourt.visit;

import java.util.ArrayList;
import java.util.List;

import io.forecourt.visit.solver.Location;
import io.forecourt.visit.solver.PlanningPolicy;
import io.forecourt.visit.solver.RepDay;
import io.forecourt.visit.solver.TimeWindow;
import io.forecourt.visit.solver.TravelTimes;
import io.forecourt.visit.solver.Visit;
import io.forecourt.visit.solver.VisitPlan;

/**
 * A VRPTW instance as a visit plan, with the portal's model unchanged: customers are visits with one time
 * window and their service time, the depot is every rep's home, vehicles are rep-days with the depot's
 * opening as working hours (so the return is due by the depot's due date) and the vehicle capacity. Time
 * ticks are thousandths of a distance unit; travel times round up, so a plan feasible in ticks is feasible in
 * exact arithmetic. The policy is the literature's: each vehicle used costs one medium point.
 */
final class VrptwPlans {

    static final double TICKS = 1000.0;

    private VrptwPlans() {
    }

    static VisitPlan toPlan(SolomonInstance inst) {
        List<Location> locations = new ArrayList<>();
        for (SolomonInstance.Customer c : inst.customers()) {
            locations.add(new Location(locations.size(), c.x(), c.y()));
        }
        TravelTimes travel = TravelTimes.euclidean(TICKS).cached(locations);
        SolomonInstance.Customer depot = inst.depot();
        List<RepDay> repDays = new ArrayList<>();
        for (int i = 0; i < inst.vehicles(); i++) {
            repDays.add(new RepDay("vehicle-" + (i + 1), i + 1, null, locations.get(0),
                    start(depot.ready()), end(depot.due()), inst.visits().size(), inst.capacity(), true, travel));
        }
        List<Visit> visits = new ArrayList<>();
        for (SolomonInstance.Customer c : inst.visits()) {
            visits.add(new Visit(Integer.toString(c.id()), locations.get(c.id()), Math.round(c.service() * TICKS),
                    List.of(new TimeWindow(start(c.ready()), end(c.due()))), c.demand(), 1, null));
        }
        // one unit over capacity weighs like 100 time units late: enough to keep overloads out of the search
        return new VisitPlan(repDays, visits, PlanningPolicy.literature(100_000));
    }

    static VrptwRoutes routes(VisitPlan plan) {
        List<List<Integer>> routes = new ArrayList<>();
        for (RepDay r : plan.getRepDays()) {
            if (r.isUsed()) {
                routes.add(r.getVisits().stream().map(v -> Integer.parseInt(v.getId())).toList());
            }
        }
        return new VrptwRoutes(routes);
    }

    private static long start(double time) {
        return (long) Math.ceil(time * TICKS - 1e-9);
    }

    private static long end(double time) {
        return (long) Math.floor(time * TICKS + 1e-9);
    }
}
