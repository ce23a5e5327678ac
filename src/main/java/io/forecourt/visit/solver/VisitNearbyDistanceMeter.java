package io.forecourt.visit.solver;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How near a destination (another visit, or a rep-day's home for the start of its route) is to a visit, for
 * nearby selection: moves mostly try positions next to visits that are close, which is where VRP
 * improvements are. Travel time from the destination to the origin, in the destination rep-day's ticks.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, Object> {

    @Override
    public double getNearbyDistance(Visit origin, Object destination) {
        if (destination instanceof Visit other) {
            RepDay repDay = other.getRepDay() != null ? other.getRepDay() : origin.getRepDay();
            TravelTimes times = repDay == null ? null : repDay.getTravelTimes();
            return times == null ? euclidean(other.getLocation(), origin.getLocation())
                    : times.travelTime(other.getLocation(), origin.getLocation());
        }
        if (destination instanceof RepDay repDay) {
            return repDay.isUnplanned() ? Double.MAX_VALUE
                    : repDay.getTravelTimes().travelTime(repDay.getHome(), origin.getLocation());
        }
        throw new IllegalArgumentException("unexpected nearby destination " + destination);
    }

    private static double euclidean(Location a, Location b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
