package io.forecourt.visit.solver;

/**
 * The planner's weights, one problem fact per plan.
 *
 * @param vehicleWeight   medium penalty per rep-day (vehicle) used; 0 in the portal by default, 1 for the
 *                        literature's "fewest vehicles first" objective
 * @param unplannedWeight medium penalty per unplanned visit, multiplied by the visit's priority
 * @param pinnedWeight    medium penalty per pinned visit that left its rep-day
 * @param overloadWeight  hard penalty per unit of capacity or visit over a rep-day's limit, in the same unit as
 *                        one tick of lateness (so it must outweigh the lateness it could trade for)
 * @param balanceWeight   soft penalty per rep-day on the square of its visit count (balanced days); 0 = off
 * @param moveWeight      soft penalty per visit that left the rep-day it had in the previous plan (re-planning
 *                        keeps what it can), in travel ticks: 600 = moving a visit is worth 10 min of driving
 * @param otherRepWeight  medium penalty per visit made by a rep other than the account's own (a colleague
 *                        covering); below the unplanned cost, a colleague covers rather than the visit waiting
 */
public record PlanningPolicy(long vehicleWeight, long unplannedWeight, long pinnedWeight, long overloadWeight,
        long balanceWeight, long moveWeight, long otherRepWeight) {

    /** The portal's defaults: times in seconds, an hour of lateness per unit over. */
    public static PlanningPolicy portal() {
        return new PlanningPolicy(0, 10, 100, 3600, 0, 600, 5);
    }

    /** VRPTW as in the literature: fewest vehicles, then least distance. */
    public static PlanningPolicy literature(long overloadWeight) {
        return new PlanningPolicy(1, 1000, 100, overloadWeight, 0, 0, 0);
    }

    public PlanningPolicy {
        if (vehicleWeight < 0 || unplannedWeight < 0 || pinnedWeight < 0 || overloadWeight < 0 || balanceWeight < 0
                || moveWeight < 0 || otherRepWeight < 0) {
            throw new IllegalArgumentException("weights are never negative");
        }
    }
}
