package io.forecourt.visit.solver;

import java.util.List;

/** Route bookkeeping outside the solver: linking a rep-day's list the way the shadow variables would. */
public final class Routes {

    private Routes() {
    }

    /** Sets repDay, previous, next and arrival for every visit of this rep-day, in list order. */
    public static void link(RepDay repDay) {
        List<Visit> route = repDay.getVisits();
        Visit previous = null;
        for (Visit v : route) {
            v.setRepDay(repDay);
            v.setPrevious(previous);
            v.setNext(null);
            if (previous != null) {
                previous.setNext(v);
            }
            if (repDay.isUnplanned()) {
                v.setArrival(null);
            } else {
                long departure = previous == null ? repDay.getWorkStart() : previous.departure();
                Location from = previous == null ? repDay.getHome() : previous.getLocation();
                v.setArrival(departure + repDay.travelTime(from, v.getLocation()));
            }
            previous = v;
        }
    }
}
