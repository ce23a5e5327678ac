package io.forecourt.visit.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One rep on one day (a vehicle in VRPTW): leaves home at {@code workStart}, must be back by {@code workEnd},
 * at most {@code maxVisits} visits and {@code capacity} demand. The solver fills {@link #getVisits()} in
 * order. One rep-day per plan may be the {@linkplain #unplannedBucket() unplanned bucket}: visits the plan
 * cannot fit wait there, each costing by priority.
 */
@PlanningEntity
public class RepDay {

    /** The unplanned bucket's rep: nobody (user ids start at 1). */
    public static final long NO_REP = 0;

    @PlanningId
    private String id;
    private long repId;
    private LocalDate day;
    private Location home;
    private long workStart;
    private long workEnd;
    private int maxVisits;
    private int capacity;
    private boolean available;
    private boolean unplanned;
    private TravelTimes travelTimes;

    @PlanningListVariable(valueRangeProviderRefs = "visits")
    private List<Visit> visits = new ArrayList<>();

    RepDay() {
    }

    public RepDay(String id, long repId, LocalDate day, Location home, long workStart, long workEnd, int maxVisits,
            int capacity, boolean available, TravelTimes travelTimes) {
        this.id = Objects.requireNonNull(id);
        this.repId = repId;
        this.day = day;
        this.home = Objects.requireNonNull(home);
        this.workStart = workStart;
        this.workEnd = workEnd;
        this.maxVisits = maxVisits;
        this.capacity = capacity;
        this.available = available;
        this.travelTimes = Objects.requireNonNull(travelTimes);
    }

    /** Where visits wait when no rep-day can take them; no hard constraint applies to it. */
    public static RepDay unplannedBucket(Location anywhere) {
        RepDay bucket = new RepDay("unplanned", NO_REP, null, anywhere, 0, Long.MAX_VALUE, Integer.MAX_VALUE,
                Integer.MAX_VALUE, true, (a, b) -> 0);
        bucket.unplanned = true;
        return bucket;
    }

    long travelTime(Location from, Location to) {
        return travelTimes.travelTime(from, to);
    }

    public int totalDemand() {
        int sum = 0;
        for (Visit v : visits) {
            sum += v.getDemand();
        }
        return sum;
    }

    public boolean isUsed() {
        return !unplanned && !visits.isEmpty();
    }

    /** When the rep is back home; workStart for an empty day. */
    public long homeArrival() {
        return visits.isEmpty() ? workStart : visits.get(visits.size() - 1).homeArrival();
    }

    public String getId() {
        return id;
    }

    /** The rep's user id; {@link #NO_REP} for the unplanned bucket. */
    public long getRepId() {
        return repId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Location getHome() {
        return home;
    }

    public long getWorkStart() {
        return workStart;
    }

    public long getWorkEnd() {
        return workEnd;
    }

    public int getMaxVisits() {
        return maxVisits;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public boolean isUnplanned() {
        return unplanned;
    }

    public TravelTimes getTravelTimes() {
        return travelTimes;
    }

    public void setTravelTimes(TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
