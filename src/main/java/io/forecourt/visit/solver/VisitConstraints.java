package io.forecourt.visit.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/** The visit-planning rules, one method each; weights the planner may change come from {@link PlanningPolicy}. */
public class VisitConstraints implements ConstraintProvider {

    public static final String TIME_WINDOW = "Visit starts within its time window";
    public static final String HOME_BY_END_OF_DAY = "Rep is home by the end of the working day";
    public static final String CAPACITY = "Rep-day capacity is respected";
    public static final String MAX_VISITS = "Rep-day visit limit is respected";
    public static final String AVAILABILITY = "Rep works only on available days";
    public static final String UNPLANNED = "Unplanned visit costs by priority";
    public static final String PINNED = "Pinned visit stays on its rep-day";
    public static final String OTHER_REP = "Visit made by the account's own rep";
    public static final String REP_DAY_USED = "Each rep-day used costs";
    public static final String TRAVEL = "Least travel time";
    public static final String BALANCED_DAYS = "Days are balanced";
    public static final String KEPT_FROM_PREVIOUS_PLAN = "Re-planning keeps visits on their rep-day";

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                timeWindow(factory), homeByEndOfDay(factory), capacity(factory), maxVisits(factory),
                availability(factory),
                unplanned(factory), pinned(factory), repDayUsed(factory), otherRep(factory),
                travel(factory), balancedDays(factory), keptFromPreviousPlan(factory) };
    }

    // ---- Hard -------------------------------------------------------------------------------------------

    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.isPlanned() && v.lateness() > 0)
                .penalizeLong(HARD, Visit::lateness)
                .justifyWith((v, score) -> new VisitJustification.Late(v.getId(), v.getRepDay().getId(), v.lateness()))
                .asConstraint(TIME_WINDOW);
    }

    Constraint homeByEndOfDay(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.isPlanned() && v.getNext() == null && v.homeArrival() > v.getRepDay().getWorkEnd())
                .penalizeLong(HARD, v -> v.homeArrival() - v.getRepDay().getWorkEnd())
                .justifyWith((v, score) -> new VisitJustification.Overtime(v.getRepDay().getId(), v.getId(),
                        v.homeArrival() - v.getRepDay().getWorkEnd()))
                .asConstraint(HOME_BY_END_OF_DAY);
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(RepDay.class)
                .filter(r -> !r.isUnplanned() && r.totalDemand() > r.getCapacity())
                .join(PlanningPolicy.class)
                .penalizeLong(HARD, (r, p) -> (r.totalDemand() - r.getCapacity()) * p.overloadWeight())
                .justifyWith((r, p, score) -> new VisitJustification.OverCapacity(r.getId(), r.totalDemand(),
                        r.getCapacity()))
                .asConstraint(CAPACITY);
    }

    Constraint maxVisits(ConstraintFactory factory) {
        return factory.forEach(RepDay.class)
                .filter(r -> !r.isUnplanned() && r.getVisits().size() > r.getMaxVisits())
                .join(PlanningPolicy.class)
                .penalizeLong(HARD, (r, p) -> (r.getVisits().size() - r.getMaxVisits()) * p.overloadWeight())
                .justifyWith((r, p, score) -> new VisitJustification.TooManyVisits(r.getId(), r.getVisits().size(),
                        r.getMaxVisits()))
                .asConstraint(MAX_VISITS);
    }

    Constraint availability(ConstraintFactory factory) {
        return factory.forEach(RepDay.class)
                .filter(r -> r.isUsed() && !r.isAvailable())
                .join(PlanningPolicy.class)
                .penalizeLong(HARD, (r, p) -> r.getVisits().size() * p.overloadWeight())
                .justifyWith((r, p, score) -> new VisitJustification.Unavailable(r.getId(), r.getVisits().size()))
                .asConstraint(AVAILABILITY);
    }

    // ---- Medium -----------------------------------------------------------------------------------------

    Constraint unplanned(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getRepDay() != null && v.getRepDay().isUnplanned())
                .join(PlanningPolicy.class)
                .penalizeLong(MEDIUM, (v, p) -> Math.max(1, v.getPriority()) * p.unplannedWeight())
                .justifyWith((v, p, score) -> new VisitJustification.Unplanned(v.getId(), v.getPriority()))
                .asConstraint(UNPLANNED);
    }

    Constraint pinned(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isPinnedElsewhere)
                .join(PlanningPolicy.class)
                .penalizeLong(MEDIUM, (v, p) -> p.pinnedWeight())
                .justifyWith((v, p, score) -> new VisitJustification.PinnedMoved(v.getId(), v.getPinnedRepDayId(),
                        v.getRepDay() == null ? null : v.getRepDay().getId()))
                .asConstraint(PINNED);
    }

    Constraint otherRep(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isByOtherRep)
                .join(PlanningPolicy.class, org.optaplanner.core.api.score.stream.Joiners.filtering(
                        (v, p) -> p.otherRepWeight() > 0))
                .penalizeLong(MEDIUM, (v, p) -> p.otherRepWeight())
                .justifyWith((v, p, score) -> new VisitJustification.OtherRep(v.getId(), v.getPreferredRepId(),
                        v.getRepDay().getId()))
                .asConstraint(OTHER_REP);
    }

    Constraint repDayUsed(ConstraintFactory factory) {
        return factory.forEach(RepDay.class)
                .filter(RepDay::isUsed)
                .join(PlanningPolicy.class, org.optaplanner.core.api.score.stream.Joiners.filtering(
                        (r, p) -> p.vehicleWeight() > 0))
                .penalizeLong(MEDIUM, (r, p) -> p.vehicleWeight())
                .justifyWith((r, p, score) -> new VisitJustification.RepDayUsed(r.getId(), r.getVisits().size()))
                .asConstraint(REP_DAY_USED);
    }

    // ---- Soft -------------------------------------------------------------------------------------------

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isPlanned)
                .penalizeLong(SOFT, v -> v.travelFromPrevious() + v.travelHome())
                .justifyWith((v, score) -> new VisitJustification.Travel(v.getId(), v.getRepDay().getId(),
                        v.travelFromPrevious() + v.travelHome()))
                .asConstraint(TRAVEL);
    }

    Constraint keptFromPreviousPlan(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isMovedFromPreviousPlan)
                .join(PlanningPolicy.class, org.optaplanner.core.api.score.stream.Joiners.filtering(
                        (v, p) -> p.moveWeight() > 0))
                .penalizeLong(SOFT, (v, p) -> p.moveWeight())
                .justifyWith((v, p, score) -> new VisitJustification.Moved(v.getId(), v.getPreviousRepDayId(),
                        v.getRepDay() == null ? null : v.getRepDay().getId()))
                .asConstraint(KEPT_FROM_PREVIOUS_PLAN);
    }

    Constraint balancedDays(ConstraintFactory factory) {
        return factory.forEach(RepDay.class)
                .filter(RepDay::isUsed)
                .join(PlanningPolicy.class, org.optaplanner.core.api.score.stream.Joiners.filtering(
                        (r, p) -> p.balanceWeight() > 0))
                .penalizeLong(SOFT, (r, p) -> (long) r.getVisits().size() * r.getVisits().size() * p.balanceWeight())
                .justifyWith((r, p, score) -> new VisitJustification.DayLoad(r.getId(), r.getVisits().size()))
                .asConstraint(BALANCED_DAYS);
    }
}
