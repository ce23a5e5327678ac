package io.forecourt.visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Routes of a VRPTW solution as customer ids, checked and measured independently of the solver, the
 * literature's way: Euclidean distance in double precision, travel time = distance, waiting allowed, service
 * starting by the due date, capacity, back at the depot by its due date, every customer exactly once.
 */
record VrptwRoutes(List<List<Integer>> routes) {

    static final double EPS = 1e-6;

    double distance(SolomonInstance inst) {
        double total = 0;
        for (List<Integer> route : routes) {
            SolomonInstance.Customer at = inst.depot();
            for (int id : route) {
                SolomonInstance.Customer c = inst.customers().get(id);
                total += dist(at, c);
                at = c;
            }
            total += dist(at, inst.depot());
        }
        return total;
    }

    /** The first broken rule, or null when the solution is feasible. */
    String violation(SolomonInstance inst) {
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> route : routes) {
            SolomonInstance.Customer at = inst.depot();
            double departure = inst.depot().ready();
            int load = 0;
            for (int id : route) {
                if (id <= 0 || id >= inst.customers().size() || !seen.add(id)) {
                    return "customer " + id + " unknown or visited twice";
                }
                SolomonInstance.Customer c = inst.customers().get(id);
                double start = Math.max(departure + dist(at, c), c.ready());
                if (start > c.due() + EPS) {
                    return "customer " + id + " served at " + start + " after due " + c.due();
                }
                departure = start + c.service();
                load += c.demand();
                at = c;
            }
            if (load > inst.capacity()) {
                return "route " + route + " loads " + load + " > " + inst.capacity();
            }
            double back = departure + dist(at, inst.depot());
            if (back > inst.depot().due() + EPS) {
                return "route " + route + " back at " + back + " after " + inst.depot().due();
            }
        }
        return seen.size() == inst.visits().size() ? null : (inst.visits().size() - seen.size()) + " customers unserved";
    }

    /** SINTEF's route format: {@code Route 1 : 12 5 7}, depot implicit at both ends. */
    void writeSintef(Path file, String instanceName) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Instance name : " + instanceName);
        lines.add("Authors : Forecourt visit-planning solver (OptaPlanner)");
        lines.add("Date : " + java.time.LocalDate.now());
        lines.add("Reference : Forecourt VrptwBench");
        lines.add("Solution");
        int n = 1;
        for (List<Integer> route : routes) {
            if (!route.isEmpty()) {
                lines.add("Route " + n++ + " : " + String.join(" ", route.stream().map(String::valueOf).toList()));
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    static double dist(SolomonInstance.Customer a, SolomonInstance.Customer b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
