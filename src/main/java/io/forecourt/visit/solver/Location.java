package io.forecourt.visit.solver;

/**
 * A place a rep starts from or visits. {@code index} is unique within one plan (0..n-1) so a travel-time
 * matrix can be looked up by it; for geographic data x is the longitude and y the latitude in degrees.
 */
public record Location(int index, double x, double y) {
}
