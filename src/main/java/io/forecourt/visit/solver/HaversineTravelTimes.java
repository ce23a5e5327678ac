package io.forecourt.visit.solver;

/** Haversine distance on a 6371 km sphere, × road factor, at a constant speed; seconds, rounded up. */
record HaversineTravelTimes(double roadFactor, double speedKmPerHour) implements TravelTimes {

    private static final double EARTH_RADIUS_KM = 6371.0;

    HaversineTravelTimes {
        if (roadFactor < 1.0 || speedKmPerHour <= 0) {
            throw new IllegalArgumentException("road factor must be >= 1 and speed > 0");
        }
    }

    @Override
    public long travelTime(Location from, Location to) {
        double lat1 = Math.toRadians(from.y());
        double lat2 = Math.toRadians(to.y());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.x() - from.x());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a))) * roadFactor;
        return (long) Math.ceil(km / speedKmPerHour * 3600.0);
    }
}
