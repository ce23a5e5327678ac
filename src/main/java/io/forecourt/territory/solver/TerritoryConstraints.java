package io.forecourt.territory.solver;

import io.forecourt.territory.solver.TerritoryJustifications.Distance;
import io.forecourt.territory.solver.TerritoryJustifications.Imbalance;
import io.forecourt.territory.solver.TerritoryJustifications.Moved;
import io.forecourt.territory.solver.TerritoryJustifications.OverCapacity;
import io.forecourt.territory.solver.TerritoryJustifications.PinnedMoved;
import io.forecourt.territory.solver.TerritoryJustifications.PotentialImbalance;
import io.forecourt.territory.solver.TerritoryJustifications.TooManyMoves;
import io.forecourt.territory.solver.TerritoryJustifications.Unassigned;
import io.forecourt.territory.solver.TerritoryJustifications.UnderMinimum;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/** Territory rebalancing: hard rules a proposal must keep, soft goals the planner weighs. */
public class TerritoryConstraints implements ConstraintProvider {

    public static final String PACKAGE = "io.forecourt.territory";
    public static final String EVERY_ACCOUNT_ASSIGNED = "Every account assigned";
    public static final String CAPACITY = "Capacity respected";
    public static final String MINIMUM_WORKLOAD = "Minimum workload reached";
    public static final String NO_EMPTY_TERRITORY = "No territory below its minimum left empty";
    public static final String PINNED = "Pinned accounts stay";
    public static final String MOVE_LIMIT = "Move limit";
    public static final String BALANCED_WORKLOAD = "Balanced workload";
    public static final String BALANCED_POTENTIAL = "Balanced potential";
    public static final String COMPACTNESS = "Compact territories";
    public static final String MINIMAL_DISRUPTION = "Minimal disruption";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                everyAccountAssigned(f), capacity(f), minimumWorkload(f), noEmptyTerritory(f), pinned(f), moveLimit(f),
                balancedWorkload(f), balancedPotential(f), compactness(f), minimalDisruption(f)
        };
    }

    // ---- Hard ----------------------------------------------------------------------------------

    Constraint everyAccountAssigned(ConstraintFactory f) {
        return f.forEachIncludingNullVars(AccountAssignment.class)
                .filter(a -> a.getTerritory() == null)
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((a, score) -> new Unassigned(a.getName()))
                .asConstraint(PACKAGE, EVERY_ACCOUNT_ASSIGNED);
    }

    Constraint capacity(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .groupBy(AccountAssignment::getTerritory, ConstraintCollectors.sumLong(AccountAssignment::load))
                .filter((t, load) -> load > t.capacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (t, load) -> load - t.capacity())
                .justifyWith((t, load, score) -> new OverCapacity(t.code(), load, t.capacity()))
                .asConstraint(PACKAGE, CAPACITY);
    }

    Constraint minimumWorkload(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .groupBy(AccountAssignment::getTerritory, ConstraintCollectors.sumLong(AccountAssignment::load))
                .filter((t, load) -> load < t.minimum())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (t, load) -> t.minimum() - load)
                .justifyWith((t, load, score) -> new UnderMinimum(t.code(), load, t.minimum()))
                .asConstraint(PACKAGE, MINIMUM_WORKLOAD);
    }

    Constraint noEmptyTerritory(ConstraintFactory f) {
        return f.forEach(TerritorySlot.class)
                .filter(t -> t.minimum() > 0)
                .ifNotExists(AccountAssignment.class, Joiners.equal(t -> t, AccountAssignment::getTerritory))
                .penalizeLong(HardSoftLongScore.ONE_HARD, TerritorySlot::minimum)
                .justifyWith((t, score) -> new UnderMinimum(t.code(), 0, t.minimum()))
                .asConstraint(PACKAGE, NO_EMPTY_TERRITORY);
    }

    Constraint pinned(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .filter(a -> a.isPinned() && a.moved())
                .penalize(HardSoftLongScore.ONE_HARD)
                .justifyWith((a, score) -> new PinnedMoved(a.getName(), a.getCurrent().code(), a.getTerritory().code()))
                .asConstraint(PACKAGE, PINNED);
    }

    Constraint moveLimit(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .filter(AccountAssignment::moved)
                .groupBy(ConstraintCollectors.count())
                .join(MoveLimit.class, Joiners.filtering((moves, limit) -> moves > limit.max()))
                .penalize(HardSoftLongScore.ONE_HARD, (moves, limit) -> moves - limit.max())
                .justifyWith((moves, limit, score) -> new TooManyMoves(moves, limit.max()))
                .asConstraint(PACKAGE, MOVE_LIMIT);
    }

    // ---- Soft (weights in TerritoryWeights) ----------------------------------------------------

    /** Squared distance from each territory's fair share (by capacity), in (load / loadScale)². */
    Constraint balancedWorkload(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .groupBy(AccountAssignment::getTerritory, ConstraintCollectors.sumLong(AccountAssignment::load))
                .filter((t, load) -> load != t.targetLoad())
                .penalizeConfigurableLong((t, load) -> squaredDeviation(load - t.targetLoad(), t.loadScale()))
                .justifyWith((t, load, score) -> new Imbalance(t.code(), load, t.targetLoad()))
                .asConstraint(PACKAGE, BALANCED_WORKLOAD);
    }

    /** Distance from each territory's fair share of revenue potential, in thousands. */
    Constraint balancedPotential(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .groupBy(AccountAssignment::getTerritory, ConstraintCollectors.sumLong(AccountAssignment::getPotential))
                .filter((t, potential) -> Math.abs(potential - t.targetPotential()) >= 1000)
                .penalizeConfigurableLong((t, potential) -> Math.abs(potential - t.targetPotential()) / 1000)
                .justifyWith((t, potential, score) -> new PotentialImbalance(t.code(), potential, t.targetPotential()))
                .asConstraint(PACKAGE, BALANCED_POTENTIAL);
    }

    /** Accounts near their rep: the distance from the rep's home, in the plan's distance units. */
    Constraint compactness(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .filter(a -> a.distance() > 0)
                .penalizeConfigurableLong(AccountAssignment::distance)
                .justifyWith((a, score) -> new Distance(a.getName(), a.getTerritory().code(), a.distance()))
                .asConstraint(PACKAGE, COMPACTNESS);
    }

    /** Every account that changes territory costs once: a high weight means "small changes only". */
    Constraint minimalDisruption(ConstraintFactory f) {
        return f.forEach(AccountAssignment.class)
                .filter(AccountAssignment::moved)
                .penalizeConfigurable()
                .justifyWith((a, score) -> new Moved(a.getName(), a.getCurrent().code(), a.getTerritory().code()))
                .asConstraint(PACKAGE, MINIMAL_DISRUPTION);
    }

    static long squaredDeviation(long deviation, long scale) {
        double scaled = (double) deviation / Math.max(1, scale);
        return Math.round(scaled * scaled);
    }
}
