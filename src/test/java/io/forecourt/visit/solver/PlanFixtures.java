package io.forecourt.visit.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small hand-made plans on a grid where travel time = Euclidean distance in whole ticks. */
final class PlanFixtures {

    static final TravelTimes GRID = TravelTimes.euclidean(1.0);
    static final Location HOME = new Location(0, 0, 0);
    static final PlanningPolicy POLICY = new PlanningPolicy(1, 10, 100, 50, 2, 30, 7);

    private PlanFixtures() {
    }

    static Visit visit(String id, int index, double x, double y, long duration, long windowStart, long windowEnd) {
        return new Visit(id, new Location(index, x, y), duration, List.of(new TimeWindow(windowStart, windowEnd)), 1, 1,
                null);
    }

    static Visit visit(String id, int index, double x, double y) {
        return visit(id, index, x, y, 10, 0, 1000);
    }

    private static final java.util.Map<String, Long> REPS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The user id of the rep whose day {@code repDayId} is (one rep per rep-day in these fixtures). */
    static long repOf(String repDayId) {
        return REPS.computeIfAbsent(repDayId, k -> REPS.size() + 1L);
    }

    static RepDay repDay(String id, long workStart, long workEnd, int maxVisits, int capacity) {
        return new RepDay(id, repOf(id), null, HOME, workStart, workEnd, maxVisits, capacity, true, GRID);
    }

    static RepDay repDay(String id) {
        return repDay(id, 0, 1000, 10, 100);
    }

    /** Puts the visits on the rep-day in this order and sets the shadows as the solver would. */
    static RepDay route(RepDay repDay, Visit... visits) {
        repDay.setVisits(new ArrayList<>(Arrays.asList(visits)));
        Routes.link(repDay);
        return repDay;
    }
}
