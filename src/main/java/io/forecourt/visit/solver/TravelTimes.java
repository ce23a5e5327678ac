package io.forecourt.visit.solver;

import java.util.List;

/**
 * Travel time between two locations in the plan's ticks (seconds for the portal). Implementations must be
 * thread-safe and cheap: the solver asks millions of times. A road-network matrix plugs in here later.
 */
public interface TravelTimes {

    long travelTime(Location from, Location to);

    /** The same answers, precomputed for these locations (looked up by {@link Location#index()}). */
    default TravelTimes cached(List<Location> locations) {
        return MatrixTravelTimes.of(locations, this);
    }

    /** Great-circle distance × road factor at a constant speed, in seconds; the portal's default. */
    static TravelTimes haversine(double roadFactor, double speedKmPerHour) {
        return new HaversineTravelTimes(roadFactor, speedKmPerHour);
    }

    /** Euclidean distance in double precision × {@code ticksPerUnit}, rounded up (so rounding never hides lateness). */
    static TravelTimes euclidean(double ticksPerUnit) {
        return (from, to) -> (long) Math.ceil(Math.hypot(from.x() - to.x(), from.y() - to.y()) * ticksPerUnit - 1e-9);
    }
}
