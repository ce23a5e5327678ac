package io.forecourt.visit.solver;

import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One visit to plan: where, how long, when it may start (one or more windows) and how much it matters. The
 * solver places it in a {@link RepDay}'s list; the shadow variables say who comes before and after it and
 * when the rep arrives. Plain object: the portal copies its data in and the planned rep-day and order out.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private Location location;
    private long duration;
    private List<TimeWindow> windows;
    private int demand;
    private int priority;
    /** The rep-day this visit must stay on (started or confirmed visits when re-planning), or null. */
    private String pinnedRepDayId;
    /** The rep-day this visit was planned on in the plan being re-planned (null if it was not planned). */
    private String previousRepDayId;
    /** The rep whose account this is (null: any rep); another rep may cover it at a cost. */
    private Long preferredRepId;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private RepDay repDay;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit next;
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "repDay")
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "previous")
    private Long arrival;

    Visit() {
    }

    public Visit(String id, Location location, long duration, List<TimeWindow> windows, int demand, int priority,
            String pinnedRepDayId) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("visit " + id + " needs at least one time window");
        }
        this.id = Objects.requireNonNull(id);
        this.location = Objects.requireNonNull(location);
        this.duration = duration;
        this.windows = windows.stream().sorted(java.util.Comparator.comparingLong(TimeWindow::start)).toList();
        this.demand = demand;
        this.priority = priority;
        this.pinnedRepDayId = pinnedRepDayId;
    }

    /** True when the visit sits on a real rep-day (not unassigned, not in the unplanned bucket). */
    public boolean isPlanned() {
        return repDay != null && !repDay.isUnplanned();
    }

    /** Service starts at arrival, or when the first window that is still open opens; late if none is. */
    public long serviceStart() {
        long a = arrival == null ? 0 : arrival;
        for (TimeWindow w : windows) {
            if (a <= w.end()) {
                return Math.max(a, w.start());
            }
        }
        return a;
    }

    /** How far service starts after the last window that could have held it; 0 when on time. */
    public long lateness() {
        if (arrival == null) {
            return 0;
        }
        long lastEnd = windows.get(windows.size() - 1).end();
        return Math.max(0, arrival - lastEnd);
    }

    public long waiting() {
        return arrival == null ? 0 : serviceStart() - arrival;
    }

    public long departure() {
        return serviceStart() + duration;
    }

    /** Travel from the previous visit, or from home for the first visit of the day. */
    public long travelFromPrevious() {
        if (!isPlanned()) {
            return 0;
        }
        return repDay.travelTime(previous == null ? repDay.getHome() : previous.location, location);
    }

    /** Travel back home after this visit when it is the day's last one, else 0. */
    public long travelHome() {
        return isPlanned() && next == null ? repDay.travelTime(location, repDay.getHome()) : 0;
    }

    /** When the rep is back home if this is the day's last visit. */
    public long homeArrival() {
        return departure() + travelHome();
    }

    public boolean isMovedFromPreviousPlan() {
        return previousRepDayId != null && (repDay == null || !previousRepDayId.equals(repDay.getId()));
    }

    public String getPreviousRepDayId() {
        return previousRepDayId;
    }

    public void setPreviousRepDayId(String previousRepDayId) {
        this.previousRepDayId = previousRepDayId;
    }

    public Long getPreferredRepId() {
        return preferredRepId;
    }

    public void setPreferredRepId(Long preferredRepId) {
        this.preferredRepId = preferredRepId;
    }

    /** Planned on a day of a rep other than the account's own. */
    public boolean isByOtherRep() {
        return preferredRepId != null && isPlanned() && preferredRepId != repDay.getRepId();
    }

    public boolean isPinnedElsewhere() {
        return pinnedRepDayId != null && (repDay == null || !pinnedRepDayId.equals(repDay.getId()));
    }

    public String getId() {
        return id;
    }

    public Location getLocation() {
        return location;
    }

    public long getDuration() {
        return duration;
    }

    public List<TimeWindow> getWindows() {
        return windows;
    }

    public int getDemand() {
        return demand;
    }

    public int getPriority() {
        return priority;
    }

    public String getPinnedRepDayId() {
        return pinnedRepDayId;
    }

    public void setPinnedRepDayId(String pinnedRepDayId) {
        this.pinnedRepDayId = pinnedRepDayId;
    }

    public RepDay getRepDay() {
        return repDay;
    }

    public void setRepDay(RepDay repDay) {
        this.repDay = repDay;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Visit getNext() {
        return next;
    }

    public void setNext(Visit next) {
        this.next = next;
    }

    public Long getArrival() {
        return arrival;
    }

    public void setArrival(Long arrival) {
        this.arrival = arrival;
    }

    @Override
    public String toString() {
        return id;
    }
}
