package io.forecourt.territory.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planner's weights for the soft goals; a weight of 0 switches a goal off. */
@ConstraintConfiguration(constraintPackage = TerritoryConstraints.PACKAGE)
public class TerritoryWeights {

    @ConstraintWeight(TerritoryConstraints.BALANCED_WORKLOAD)
    private HardSoftLongScore balancedWorkload;

    @ConstraintWeight(TerritoryConstraints.BALANCED_POTENTIAL)
    private HardSoftLongScore balancedPotential;

    @ConstraintWeight(TerritoryConstraints.COMPACTNESS)
    private HardSoftLongScore compactness;

    @ConstraintWeight(TerritoryConstraints.MINIMAL_DISRUPTION)
    private HardSoftLongScore minimalDisruption;

    public TerritoryWeights() {
        this(1, 1, 1, 1);
    }

    public TerritoryWeights(long balance, long potential, long compactness, long move) {
        this.balancedWorkload = HardSoftLongScore.ofSoft(balance);
        this.balancedPotential = HardSoftLongScore.ofSoft(potential);
        this.compactness = HardSoftLongScore.ofSoft(compactness);
        this.minimalDisruption = HardSoftLongScore.ofSoft(move);
    }

    public long balance() { return balancedWorkload.softScore(); }
    public long potential() { return balancedPotential.softScore(); }
    public long compactness() { return compactness.softScore(); }
    public long move() { return minimalDisruption.softScore(); }
}
