package io.forecourt.visit.solver;

/**
 * Knobs of the search, measured on the Solomon set (see README "Visit planning: benchmark"). System
 * properties {@code forecourt.visit.*} override the defaults, for tuning runs of the bench.
 *
 * @param ruinRecreateShare  share of the time limit for the ruin-and-recreate phase (0 = OptaPlanner's
 *                           construction heuristic and local search only)
 * @param fleetShare         share of the ruin-and-recreate time spent emptying routes when minimising rep-days
 * @param lateAcceptanceSize late acceptance window of the local search that follows (0 = tabu search)
 * @param nearbyMaximum      parabolic nearby distribution's size maximum (0 = no nearby selection)
 * @param acceptedCountLimit local search forager's accepted count per step
 */
public record SolverTuning(double ruinRecreateShare, double fleetShare, int lateAcceptanceSize, int nearbyMaximum,
        int acceptedCountLimit) {

    public static SolverTuning defaults() {
        return new SolverTuning(
                Double.parseDouble(System.getProperty("forecourt.visit.ruinRecreateShare", "0.95")),
                Double.parseDouble(System.getProperty("forecourt.visit.fleetShare", "0.5")),
                Integer.getInteger("forecourt.visit.lateAcceptance", 200),
                Integer.getInteger("forecourt.visit.nearby", 20),
                Integer.getInteger("forecourt.visit.acceptedCount", 1));
    }
}
