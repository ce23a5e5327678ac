package io.forecourt.visit.solver;

import java.util.List;

/** A full n × n matrix of travel times indexed by {@link Location#index()}, filled once from another source. */
final class MatrixTravelTimes implements TravelTimes {

    private final long[][] matrix;

    private MatrixTravelTimes(long[][] matrix) {
        this.matrix = matrix;
    }

    static MatrixTravelTimes of(List<Location> locations, TravelTimes source) {
        int n = locations.stream().mapToInt(Location::index).max().orElse(-1) + 1;
        Location[] byIndex = new Location[n];
        for (Location l : locations) {
            if (byIndex[l.index()] != null && !byIndex[l.index()].equals(l)) {
                throw new IllegalArgumentException("two locations share index " + l.index());
            }
            byIndex[l.index()] = l;
        }
        long[][] m = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (byIndex[i] != null && byIndex[j] != null && i != j) {
                    m[i][j] = source.travelTime(byIndex[i], byIndex[j]);
                }
            }
        }
        return new MatrixTravelTimes(m);
    }

    @Override
    public long travelTime(Location from, Location to) {
        return matrix[from.index()][to.index()];
    }

    @Override
    public TravelTimes cached(List<Location> locations) {
        return this;
    }
}
