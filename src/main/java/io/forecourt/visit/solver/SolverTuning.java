package io.forecourt.visit.solver;

import java.util.function.Function;

/**
 * Knobs of the search, measured on the Solomon set (README "Visit planning: benchmark").
 *
 * @param ruinRecreateShare  share of the time limit for the ruin-and-recreate phase (0 = OptaPlanner's
 *                           construction heuristic and local search only)
 * @param fleetShare         at most this share of the ruin-and-recreate time goes to emptying routes when
 *                           minimising rep-days
 * @param stagnation         give up emptying a route after this share of the time without progress
 * @param averageRemoved     visits removed per ruin on average (SISR's c̄)
 * @param maxString          longest string removed from a route (SISR's L_max; at least half a route)
 * @param startTemperature   simulated annealing's start temperature, in average travel legs
 * @param endTemperature     its end temperature, in average travel legs
 * @param lateAcceptanceSize late acceptance window of the local search that follows (0 = tabu search)
 * @param nearbyMaximum      parabolic nearby distribution's size maximum (0 = no nearby selection)
 * @param acceptedCountLimit local search forager's accepted count per step
 */
public record SolverTuning(double ruinRecreateShare, double fleetShare, double stagnation, int averageRemoved,
        int maxString, double startTemperature, double endTemperature, int lateAcceptanceSize, int nearbyMaximum,
        int acceptedCountLimit) {

    public static SolverTuning defaults() {
        return new SolverTuning(0.95, 0.5, 0.2, 15, 10, 1.5, 0.015, 200, 20, 1);
    }

    /** The defaults, each overridden by {@code prefix + name} when {@code properties} has it (bench runs). */
    public static SolverTuning from(Function<String, String> properties, String prefix) {
        SolverTuning d = defaults();
        Function<String, String> p = name -> properties.apply(prefix + name);
        return new SolverTuning(
                dbl(p.apply("ruinRecreateShare"), d.ruinRecreateShare), dbl(p.apply("fleetShare"), d.fleetShare),
                dbl(p.apply("stagnation"), d.stagnation), (int) dbl(p.apply("removed"), d.averageRemoved),
                (int) dbl(p.apply("string"), d.maxString), dbl(p.apply("t0"), d.startTemperature),
                dbl(p.apply("tf"), d.endTemperature), (int) dbl(p.apply("lateAcceptance"), d.lateAcceptanceSize),
                (int) dbl(p.apply("nearby"), d.nearbyMaximum), (int) dbl(p.apply("acceptedCount"), d.acceptedCountLimit));
    }

    /** The tuning as {@code name=value;...} with the names {@link #from} reads (a custom phase property). */
    public String asProperty() {
        return "ruinRecreateShare=" + ruinRecreateShare + ";fleetShare=" + fleetShare + ";stagnation=" + stagnation
                + ";removed=" + averageRemoved + ";string=" + maxString + ";t0=" + startTemperature
                + ";tf=" + endTemperature + ";lateAcceptance=" + lateAcceptanceSize + ";nearby=" + nearbyMaximum
                + ";acceptedCount=" + acceptedCountLimit;
    }

    private static double dbl(String value, double otherwise) {
        return value == null || value.isBlank() ? otherwise : Double.parseDouble(value);
    }
}
