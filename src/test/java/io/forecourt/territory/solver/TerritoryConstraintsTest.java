package io.forecourt.territory.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryConstraintsTest {

    private final ConstraintVerifier<TerritoryConstraints, TerritoryPlan> verifier =
            ConstraintVerifier.build(new TerritoryConstraints(), TerritoryPlan.class, AccountAssignment.class);

    /** Territory A (index 0) and B (index 1): capacity 600 load units each, fair share 300, 100 minimum when asked. */
    private static final TerritorySlot A = new TerritorySlot(1, "A", 0, 600, 0, 300, 1_000_000, 60);
    private static final TerritorySlot B = new TerritorySlot(2, "B", 1, 600, 0, 300, 1_000_000, 60);

    private static AccountAssignment account(long id, TerritorySlot current, TerritorySlot assigned, long load, long distance) {
        return account(id, current, assigned, load, distance, 0, false);
    }

    private static AccountAssignment account(long id, TerritorySlot current, TerritorySlot assigned, long load,
                                             long distance, long potential, boolean pinned) {
        AccountAssignment a = new AccountAssignment(id, "Account " + id, new long[] {load, load},
                new long[] {distance, distance + 10}, potential, current, pinned);
        a.setTerritory(assigned);
        return a;
    }

    @Test
    void anAccountWithoutTerritoryIsPenalizedAndAPlacedOneIsNot() {
        verifier.verifyThat(TerritoryConstraints::everyAccountAssigned)
                .given(account(1, A, null, 10, 0)).penalizesBy(1);
        verifier.verifyThat(TerritoryConstraints::everyAccountAssigned)
                .given(account(1, A, A, 10, 0)).penalizesBy(0);
    }

    @Test
    void workloadAboveCapacityIsPenalizedByTheExcessAndWithinCapacityIsNot() {
        verifier.verifyThat(TerritoryConstraints::capacity)
                .given(account(1, A, A, 400, 0), account(2, A, A, 250, 0)).penalizesBy(50);
        verifier.verifyThat(TerritoryConstraints::capacity)
                .given(account(1, A, A, 400, 0), account(2, A, B, 250, 0)).penalizesBy(0);
    }

    @Test
    void workloadBelowAMinimumIsPenalizedByTheShortfallAndAboveItIsNot() {
        TerritorySlot floored = new TerritorySlot(3, "F", 0, 600, 100, 300, 0, 60);
        verifier.verifyThat(TerritoryConstraints::minimumWorkload)
                .given(floored, account(1, floored, floored, 70, 0)).penalizesBy(30);
        verifier.verifyThat(TerritoryConstraints::minimumWorkload)
                .given(floored, account(1, floored, floored, 170, 0)).penalizesBy(0);
    }

    @Test
    void anEmptyTerritoryWithAMinimumIsPenalizedByItAndAnEmptyOneWithoutIsNot() {
        TerritorySlot floored = new TerritorySlot(3, "F", 0, 600, 100, 300, 0, 60);
        verifier.verifyThat(TerritoryConstraints::noEmptyTerritory)
                .given(floored, A, account(1, A, A, 70, 0)).penalizesBy(100);
        verifier.verifyThat(TerritoryConstraints::noEmptyTerritory)
                .given(floored, B, account(1, floored, floored, 70, 0)).penalizesBy(0);
    }

    @Test
    void aPinnedAccountOutsideItsTerritoryIsPenalizedAndAMovedUnpinnedOneIsNot() {
        verifier.verifyThat(TerritoryConstraints::pinned)
                .given(account(1, A, B, 10, 0, 0, true)).penalizesBy(1);
        verifier.verifyThat(TerritoryConstraints::pinned)
                .given(account(1, A, A, 10, 0, 0, true), account(2, A, B, 10, 0, 0, false)).penalizesBy(0);
    }

    @Test
    void movesBeyondTheLimitArePenalizedByTheExcessAndWithinItOrWithoutALimitAreNot() {
        AccountAssignment m1 = account(1, A, B, 10, 0), m2 = account(2, A, B, 10, 0), m3 = account(3, B, A, 10, 0);
        verifier.verifyThat(TerritoryConstraints::moveLimit).given(new MoveLimit(1), m1, m2, m3).penalizesBy(2);
        verifier.verifyThat(TerritoryConstraints::moveLimit).given(new MoveLimit(3), m1, m2, m3).penalizesBy(0);
        verifier.verifyThat(TerritoryConstraints::moveLimit).given(m1, m2, m3).penalizesBy(0);
    }

    @Test
    void workloadOffTheFairShareIsPenalizedBySquaredHoursAndOnItIsNot() {
        // A carries 420 (2 h over its share of 300), B 180 (2 h under): 4 + 4
        verifier.verifyThat(TerritoryConstraints::balancedWorkload)
                .given(account(1, A, A, 420, 0), account(2, B, B, 180, 0)).penalizesBy(8);
        verifier.verifyThat(TerritoryConstraints::balancedWorkload)
                .given(account(1, A, A, 300, 0), account(2, B, B, 300, 0)).penalizesBy(0);
    }

    @Test
    void potentialOffTheFairShareIsPenalizedByThousandsAndOnItIsNot() {
        verifier.verifyThat(TerritoryConstraints::balancedPotential)
                .given(account(1, A, A, 0, 0, 1_500_000, false), account(2, B, B, 0, 0, 500_000, false)).penalizesBy(1000);
        verifier.verifyThat(TerritoryConstraints::balancedPotential)
                .given(account(1, A, A, 0, 0, 1_000_000, false), account(2, B, B, 0, 0, 1_000_000, false)).penalizesBy(0);
    }

    @Test
    void distanceFromTheRepsHomeIsPenalizedAndAnAccountAtHomeIsNot() {
        verifier.verifyThat(TerritoryConstraints::compactness)
                .given(account(1, A, A, 0, 25), account(2, A, B, 0, 25)).penalizesBy(25 + 35);
        verifier.verifyThat(TerritoryConstraints::compactness)
                .given(account(1, A, A, 0, 0)).penalizesBy(0);
    }

    @Test
    void eachMovedAccountIsPenalizedOnceAndAnAccountStayingIsNot() {
        verifier.verifyThat(TerritoryConstraints::minimalDisruption)
                .given(account(1, A, B, 0, 0), account(2, B, A, 0, 0), account(3, A, A, 0, 0)).penalizesBy(2);
        verifier.verifyThat(TerritoryConstraints::minimalDisruption)
                .given(account(1, A, A, 0, 0), account(2, null, B, 0, 0)).penalizesBy(0);
    }

    @Test
    void theWholePlanScoresHardFirstAndWeighsSoftGoalsAsThePlannerSet() {
        AccountAssignment over = account(1, A, A, 700, 0);
        TerritoryPlan plan = new TerritoryPlan(java.util.List.of(A, B), java.util.List.of(over, account(2, A, B, 0, 10)),
                new TerritoryWeights(0, 0, 0, 7), null);
        verifier.verifyThat().givenSolution(plan).scores(
                org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore.of(-100, -7));
        assertThat(plan.movedCount()).isEqualTo(1);
    }
}
