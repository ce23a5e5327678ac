package io.forecourt.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep who takes part in visit planning: how many visits a day at most, and the hours of each worked ISO
 * weekday (a weekday without hours is not worked).
 */
@Entity
@Table(name = "visit_rep_schedules")
public class RepSchedule {

    @Id
    @Column(name = "rep_id")
    private Long repId;

    @Column(name = "max_visits_per_day", nullable = false)
    private int maxVisitsPerDay;

    // not @Version: every save moves it, also one that sets the same hours again (the planner's form sends it back)
    @Column(nullable = false)
    private int version;

    @ElementCollection
    @OrderBy("weekday")
    @CollectionTable(name = "visit_working_hours", joinColumns = @JoinColumn(name = "rep_id"))
    private List<WorkingPeriod> hours = new ArrayList<>();

    protected RepSchedule() {
    }

    RepSchedule(long repId, int maxVisitsPerDay, List<WorkingPeriod> hours) {
        this.repId = repId;
        this.maxVisitsPerDay = maxVisitsPerDay;
        this.hours.addAll(hours);
    }

    public Long getRepId() { return repId; }
    public int getMaxVisitsPerDay() { return maxVisitsPerDay; }
    public int getVersion() { return version; }
    public List<WorkingPeriod> getHours() { return List.copyOf(hours); }

    /** The planner's new schedule replaces the old one whole. */
    void change(int maxVisitsPerDay, List<WorkingPeriod> hours) {
        this.maxVisitsPerDay = maxVisitsPerDay;
        this.hours.clear();
        this.hours.addAll(hours);
        this.version++;
    }

    /** Working hours on one ISO weekday (1 = Monday). */
    @Embeddable
    public static class WorkingPeriod {

        @Column(nullable = false)
        private short weekday;

        @Column(nullable = false)
        private LocalTime starts;

        @Column(nullable = false)
        private LocalTime ends;

        protected WorkingPeriod() {
        }

        WorkingPeriod(int weekday, LocalTime starts, LocalTime ends) {
            this.weekday = (short) weekday;
            this.starts = starts;
            this.ends = ends;
        }

        public int getWeekday() { return weekday; }
        public LocalTime getStarts() { return starts; }
        public LocalTime getEnds() { return ends; }
    }
}
