package io.forecourt.visit.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint penalised a plan, in terms a planner reads: which visit or rep-day, by how much. */
public sealed interface VisitJustification extends ConstraintJustification {

    /** Service starts {@code lateBy} ticks after the visit's last window closed. */
    record Late(String visitId, String repDayId, long lateBy) implements VisitJustification {
    }

    /** The rep gets home {@code overBy} ticks after the working day ends. */
    record Overtime(String repDayId, String lastVisitId, long overBy) implements VisitJustification {
    }

    record OverCapacity(String repDayId, int demand, int capacity) implements VisitJustification {
    }

    record TooManyVisits(String repDayId, int visits, int maxVisits) implements VisitJustification {
    }

    /** Visits planned on a day the rep is not available (day off, ill). */
    record Unavailable(String repDayId, int visits) implements VisitJustification {
    }

    record Unplanned(String visitId, int priority) implements VisitJustification {
    }

    record PinnedMoved(String visitId, String pinnedRepDayId, String nowRepDayId) implements VisitJustification {
    }

    /** A visit re-planned away from the rep-day it had in the previous plan. */
    record Moved(String visitId, String fromRepDayId, String toRepDayId) implements VisitJustification {
    }

    /** A colleague covers a visit to an account that is another rep's. */
    record OtherRep(String visitId, long accountRepId, String repDayId) implements VisitJustification {
    }

    record RepDayUsed(String repDayId, int visits) implements VisitJustification {
    }

    /** Travel to this visit (and home after it when it is the day's last). */
    record Travel(String visitId, String repDayId, long travel) implements VisitJustification {
    }

    record DayLoad(String repDayId, int visits) implements VisitJustification {
    }
}
