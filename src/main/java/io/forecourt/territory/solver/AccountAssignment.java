package io.forecourt.territory.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * An account to place in a territory. Its workload and distance depend on the territory (travel
 * from that rep's home), so both are precomputed per territory index; the solver only picks
 * {@link #getTerritory()}.
 */
@PlanningEntity
public class AccountAssignment {

    @PlanningId
    private long accountId;
    private String name;
    private long[] loadTo;
    private long[] distanceTo;
    private long potential;
    private TerritorySlot current;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "territories")
    private TerritorySlot territory;

    public AccountAssignment() {
    }

    public AccountAssignment(long accountId, String name, long[] loadTo, long[] distanceTo, long potential,
                             TerritorySlot current, boolean pinned) {
        this.accountId = accountId;
        this.name = name;
        this.loadTo = loadTo;
        this.distanceTo = distanceTo;
        this.potential = potential;
        this.current = current;
        this.pinned = pinned;
        this.territory = current;
    }

    /** Workload in the territory it is assigned to (0 while unassigned). */
    public long load() {
        return territory == null ? 0 : loadTo[territory.index()];
    }

    /** Distance from the assigned territory's rep home, in the plan's distance units. */
    public long distance() {
        return territory == null ? 0 : distanceTo[territory.index()];
    }

    public long loadIn(TerritorySlot slot) {
        return loadTo[slot.index()];
    }

    public long distanceIn(TerritorySlot slot) {
        return distanceTo[slot.index()];
    }

    public boolean moved() {
        return current != null && territory != null && territory != current;
    }

    public long getAccountId() { return accountId; }
    public String getName() { return name; }
    public long getPotential() { return potential; }
    public TerritorySlot getCurrent() { return current; }

    @PlanningPin
    public boolean isPinned() { return pinned; }

    public TerritorySlot getTerritory() { return territory; }
    public void setTerritory(TerritorySlot territory) { this.territory = territory; }

    @Override
    public String toString() {
        return name;
    }
}
