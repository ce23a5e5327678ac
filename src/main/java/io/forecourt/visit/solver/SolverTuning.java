package io.forecourt.visit.solver;

/**
 * Knobs of the local search, measured on the Solomon set (see README "Visit planning: benchmark").
 *
 * @param lateAcceptanceSize late acceptance window (0 = tabu search on entities instead)
 * @param nearbyMaximum      parabolic nearby distribution's size maximum (0 = no nearby selection)
 * @param acceptedCountLimit forager's accepted count per step
 */
public record SolverTuning(int lateAcceptanceSize, int nearbyMaximum, int acceptedCountLimit) {

    public static SolverTuning defaults() {
        return new SolverTuning(Integer.getInteger("forecourt.visit.lateAcceptance", 200),
                Integer.getInteger("forecourt.visit.nearby", 20),
                Integer.getInteger("forecourt.visit.acceptedCount", 1));
    }
}
