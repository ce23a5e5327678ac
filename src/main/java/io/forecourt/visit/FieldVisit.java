package io.forecourt.visit;

import io.forecourt.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A visit to make at an account: due or requested, then planned on a rep's day, and what came of it. */
@Entity
@Table(name = "visits")
public class FieldVisit extends TrackedEntity {

    public enum Source { DUE, REQUESTED }

    public enum Status {
        PROPOSED, PLANNED, CONFIRMED, STARTED, DONE, CANCELLED;

        /** Still to happen: the planner may place it. */
        public boolean open() {
            return this != DONE && this != CANCELLED;
        }

        /** Re-planning keeps it on its rep-day. */
        public boolean pinned() {
            return this == CONFIRMED || this == STARTED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PROPOSED;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(nullable = false)
    private int priority;
    @Column(name = "requested_from")
    private LocalDate requestedFrom;
    @Column(name = "requested_to")
    private LocalDate requestedTo;
    private String notes;
    @Column(name = "requested_by")
    private Long requestedBy;
    @Column(name = "rep_id")
    private Long repId;
    @Column(name = "planned_day")
    private LocalDate plannedDay;
    @Column(name = "planned_order")
    private Integer plannedOrder;
    @Column(name = "planned_start")
    private OffsetDateTime plannedStart;
    @Column(name = "planned_end")
    private OffsetDateTime plannedEnd;
    @Column(name = "activity_id")
    private Long activityId;

    protected FieldVisit() {
    }

    public FieldVisit(Long accountId, Source source, int durationMinutes, int priority) {
        this.accountId = accountId;
        this.source = source;
        this.durationMinutes = durationMinutes;
        this.priority = priority;
    }

    /** Places the visit on a rep's day (status PLANNED unless it is already confirmed or started). */
    void plan(long repId, LocalDate day, int order, OffsetDateTime start, OffsetDateTime end) {
        this.repId = repId;
        this.plannedDay = day;
        this.plannedOrder = order;
        this.plannedStart = start;
        this.plannedEnd = end;
        if (status == Status.PROPOSED) {
            status = Status.PLANNED;
        }
    }

    /** Takes the visit off the plan; a published activity is no longer this visit's. */
    void unplan() {
        repId = null;
        plannedDay = null;
        plannedOrder = null;
        plannedStart = null;
        plannedEnd = null;
        activityId = null;
        status = Status.PROPOSED;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Source getSource() { return source; }
    public Status getStatus() { return status; }
    void setStatus(Status status) { this.status = status; }
    public int getDurationMinutes() { return durationMinutes; }
    public int getPriority() { return priority; }
    public LocalDate getRequestedFrom() { return requestedFrom; }
    public LocalDate getRequestedTo() { return requestedTo; }
    void setRequested(LocalDate from, LocalDate to) { this.requestedFrom = from; this.requestedTo = to; }
    public String getNotes() { return notes; }
    void setNotes(String notes) { this.notes = notes; }
    public Long getRequestedBy() { return requestedBy; }
    void setRequestedBy(Long requestedBy) { this.requestedBy = requestedBy; }
    public Long getRepId() { return repId; }
    public LocalDate getPlannedDay() { return plannedDay; }
    public Integer getPlannedOrder() { return plannedOrder; }
    public OffsetDateTime getPlannedStart() { return plannedStart; }
    public OffsetDateTime getPlannedEnd() { return plannedEnd; }
    public Long getActivityId() { return activityId; }
    void setActivityId(Long activityId) { this.activityId = activityId; }
}
