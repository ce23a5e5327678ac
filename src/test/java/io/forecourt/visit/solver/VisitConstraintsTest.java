package io.forecourt.visit.solver;

import static io.forecourt.visit.solver.PlanFixtures.POLICY;
import static io.forecourt.visit.solver.PlanFixtures.repDay;
import static io.forecourt.visit.solver.PlanFixtures.repOf;
import static io.forecourt.visit.solver.PlanFixtures.route;
import static io.forecourt.visit.solver.PlanFixtures.visit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class VisitConstraintsTest {

    private final ConstraintVerifier<VisitConstraints, VisitPlan> verifier =
            ConstraintVerifier.build(new VisitConstraints(), VisitPlan.class, RepDay.class, Visit.class)
                    .withConstraintStreamImplType(org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET);

    @Test
    void lateStartIsPenalisedByHowLate() {
        Visit a = visit("a", 1, 30, 40, 10, 0, 20); // 50 away: arrives at 50, window ends at 20
        route(repDay("r"), a);
        verifier.verifyThat(VisitConstraints::timeWindow).given(a).penalizesBy(30);
    }

    @Test
    void arrivingEarlyWaitsForTheWindowWithoutPenalty() {
        Visit a = visit("a", 1, 30, 40, 10, 200, 300);
        route(repDay("r"), a);
        verifier.verifyThat(VisitConstraints::timeWindow).given(a).penalizesBy(0);
    }

    @Test
    void aSecondWindowLaterInTheDayKeepsTheVisitOnTime() {
        Visit a = new Visit("a", new Location(1, 30, 40), 10,
                List.of(new TimeWindow(0, 20), new TimeWindow(100, 200)), 1, 1, null);
        route(repDay("r"), a);
        verifier.verifyThat(VisitConstraints::timeWindow).given(a).penalizesBy(0);
        org.assertj.core.api.Assertions.assertThat(a.serviceStart()).isEqualTo(100);
    }

    @Test
    void comingHomeAfterWorkingHoursIsPenalisedByTheOvertime() {
        Visit a = visit("a", 1, 30, 40, 20, 0, 1000); // 50 there, 20 on site, 50 back = 120
        route(repDay("r", 0, 100, 10, 100), a);
        verifier.verifyThat(VisitConstraints::homeByEndOfDay).given(a).penalizesBy(20);
    }

    @Test
    void theWayHomeWithinWorkingHoursIsNotPenalised() {
        Visit a = visit("a", 1, 30, 40, 20, 0, 1000);
        route(repDay("r", 0, 120, 10, 100), a);
        verifier.verifyThat(VisitConstraints::homeByEndOfDay).given(a).penalizesBy(0);
    }

    @Test
    void overCapacityIsPenalisedPerUnitTimesTheOverloadWeight() {
        Visit a = new Visit("a", new Location(1, 1, 0), 0, List.of(new TimeWindow(0, 100)), 3, 1, null);
        Visit b = new Visit("b", new Location(2, 2, 0), 0, List.of(new TimeWindow(0, 100)), 3, 1, null);
        RepDay r = route(repDay("r", 0, 100, 10, 5), a, b);
        verifier.verifyThat(VisitConstraints::capacity).given(r, a, b, POLICY).penalizesBy(1 * 50);
        RepDay roomy = route(repDay("s", 0, 100, 10, 6), a, b);
        verifier.verifyThat(VisitConstraints::capacity).given(roomy, a, b, POLICY).penalizesBy(0);
    }

    @Test
    void moreVisitsThanTheDayAllowsIsPenalised() {
        Visit a = visit("a", 1, 1, 0);
        Visit b = visit("b", 2, 2, 0);
        Visit c = visit("c", 3, 3, 0);
        RepDay r = route(repDay("r", 0, 1000, 2, 100), a, b, c);
        verifier.verifyThat(VisitConstraints::maxVisits).given(r, a, b, c, POLICY).penalizesBy(50);
        RepDay enough = route(repDay("s", 0, 1000, 3, 100), a, b, c);
        verifier.verifyThat(VisitConstraints::maxVisits).given(enough, a, b, c, POLICY).penalizesBy(0);
    }

    @Test
    void visitsOnADayTheRepIsOffArePenalised() {
        Visit a = visit("a", 1, 1, 0);
        RepDay ill = route(repDay("r"), a);
        ill.setAvailable(false);
        verifier.verifyThat(VisitConstraints::availability).given(ill, a, POLICY).penalizesBy(50);
        RepDay emptyDayOff = repDay("s");
        emptyDayOff.setAvailable(false);
        verifier.verifyThat(VisitConstraints::availability).given(emptyDayOff, POLICY).penalizesBy(0);
    }

    @Test
    void anUnplannedVisitCostsByPriority() {
        Visit urgent = new Visit("u", new Location(1, 1, 0), 10, List.of(new TimeWindow(0, 100)), 0, 3, null);
        Visit planned = visit("p", 2, 2, 0);
        RepDay bucket = route(RepDay.unplannedBucket(PlanFixtures.HOME), urgent);
        route(repDay("r"), planned);
        verifier.verifyThat(VisitConstraints::unplanned).given(urgent, planned, POLICY).penalizesBy(3 * 10);
        org.assertj.core.api.Assertions.assertThat(bucket.isUsed()).isFalse();
    }

    @Test
    void aColleagueCoveringAnotherRepsAccountIsPenalised() {
        Visit a = visit("a", 1, 1, 0);
        a.setPreferredRepId(repOf("monday"));
        route(repDay("tuesday"), a);
        verifier.verifyThat(VisitConstraints::otherRep).given(a, POLICY).penalizesBy(7);
    }

    @Test
    void theAccountsOwnRepOrAVisitForAnyRepIsNotPenalised() {
        Visit own = visit("a", 1, 1, 0);
        own.setPreferredRepId(repOf("monday"));
        Visit anyone = visit("b", 2, 2, 0);
        route(repDay("monday"), own);
        route(repDay("tuesday"), anyone);
        verifier.verifyThat(VisitConstraints::otherRep).given(own, anyone, POLICY).penalizesBy(0);
    }

    @Test
    void aPinnedVisitMovedToAnotherRepDayIsPenalised() {
        Visit pinned = visit("a", 1, 1, 0);
        pinned.setPinnedRepDayId("monday");
        route(repDay("tuesday"), pinned);
        verifier.verifyThat(VisitConstraints::pinned).given(pinned, POLICY).penalizesBy(100);
        route(repDay("monday"), pinned);
        verifier.verifyThat(VisitConstraints::pinned).given(pinned, POLICY).penalizesBy(0);
    }

    @Test
    void eachRepDayUsedCostsTheVehicleWeightAndEmptyDaysCostNothing() {
        Visit a = visit("a", 1, 1, 0);
        RepDay used = route(repDay("r"), a);
        RepDay empty = repDay("s");
        verifier.verifyThat(VisitConstraints::repDayUsed).given(used, empty, a, POLICY).penalizesBy(1);
        verifier.verifyThat(VisitConstraints::repDayUsed)
                .given(used, empty, a, new PlanningPolicy(0, 10, 100, 50, 0, 0, 0)).penalizesBy(0);
    }

    @Test
    void travelCountsEveryLegIncludingTheWayHome() {
        Visit a = visit("a", 1, 3, 4);
        Visit b = visit("b", 2, 6, 8);
        route(repDay("r"), a, b); // 5 + 5 + 10 home
        verifier.verifyThat(VisitConstraints::travel).given(a, b).penalizesBy(20);
        Visit unplanned = visit("c", 3, 30, 40);
        route(RepDay.unplannedBucket(PlanFixtures.HOME), unplanned);
        verifier.verifyThat(VisitConstraints::travel).given(unplanned).penalizesBy(0);
    }

    @Test
    void aReplannedVisitThatChangedRepDayCostsTheMoveWeight() {
        Visit moved = visit("a", 1, 1, 0);
        moved.setPreviousRepDayId("monday");
        route(repDay("tuesday"), moved);
        verifier.verifyThat(VisitConstraints::keptFromPreviousPlan).given(moved, POLICY).penalizesBy(30);
        route(repDay("monday"), moved);
        verifier.verifyThat(VisitConstraints::keptFromPreviousPlan).given(moved, POLICY).penalizesBy(0);
    }

    @Test
    void crowdedDaysCostMoreThanBalancedOnes() {
        Visit a = visit("a", 1, 1, 0);
        Visit b = visit("b", 2, 2, 0);
        RepDay both = route(repDay("r"), a, b);
        verifier.verifyThat(VisitConstraints::balancedDays).given(both, POLICY).penalizesBy(4 * 2);
        RepDay one = route(repDay("s"), a);
        RepDay other = route(repDay("t"), b);
        verifier.verifyThat(VisitConstraints::balancedDays).given(one, other, POLICY).penalizesBy(2 * 2);
    }
}
