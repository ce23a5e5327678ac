package io.forecourt.territory.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.util.List;

/** Accounts to spread over territories: the planning solution of territory rebalancing. */
@PlanningSolution
public class TerritoryPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "territories")
    private List<TerritorySlot> territories;

    @PlanningEntityCollectionProperty
    private List<AccountAssignment> accounts;

    /** Empty, or the one limit on moves. */
    @ProblemFactCollectionProperty
    private List<MoveLimit> moveLimits;

    @ConstraintConfigurationProvider
    private TerritoryWeights weights;

    @PlanningScore
    private HardSoftLongScore score;

    public TerritoryPlan() {
    }

    public TerritoryPlan(List<TerritorySlot> territories, List<AccountAssignment> accounts, TerritoryWeights weights,
                         Integer maxMoves) {
        this.territories = territories;
        this.accounts = accounts;
        this.weights = weights;
        this.moveLimits = maxMoves == null ? List.of() : List.of(new MoveLimit(maxMoves));
    }

    public List<TerritorySlot> getTerritories() { return territories; }
    public List<AccountAssignment> getAccounts() { return accounts; }
    public List<MoveLimit> getMoveLimits() { return moveLimits; }
    public TerritoryWeights getWeights() { return weights; }
    public HardSoftLongScore getScore() { return score; }
    public void setScore(HardSoftLongScore score) { this.score = score; }

    public long movedCount() {
        return accounts.stream().filter(AccountAssignment::moved).count();
    }
}
