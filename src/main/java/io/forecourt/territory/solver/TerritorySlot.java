package io.forecourt.territory.solver;

/**
 * A territory as the solver sees it (a problem fact): its rep's capacity and the workload it
 * should carry, in the plan's load units (minutes per period in the app). {@code index} addresses
 * the per-territory figures of each {@link AccountAssignment}.
 */
public record TerritorySlot(long id, String code, int index, long capacity, long minimum, long targetLoad,
                            long targetPotential, long loadScale) {

    @Override
    public String toString() {
        return code;
    }
}
