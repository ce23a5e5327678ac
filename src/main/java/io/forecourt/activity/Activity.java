package io.forecourt.activity;

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
import java.util.Set;

/** One contact with an account: planned while {@code doneAt} is empty, done once it is set. */
@Entity
@Table(name = "activities")
public class Activity extends TrackedEntity {

    public enum Type { CALL, VISIT, EMAIL, MEETING }

    public enum Department { SALES, SERVICE, FINANCE }

    /** What came of a contact; {@link #success} is what the success rate counts. */
    public enum Outcome {
        REACHED_INTERESTED(true), MEETING_BOOKED(true), REACHED_NOT_INTERESTED(false),
        CALL_BACK(false), NO_ANSWER(false);

        public final boolean success;

        Outcome(boolean success) {
            this.success = success;
        }

        static Set<Outcome> successes() {
            return Set.of(REACHED_INTERESTED, MEETING_BOOKED);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Department department;

    @Column(name = "planned_at")
    private OffsetDateTime plannedAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String notes;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "overridden_by")
    private Long overriddenBy;

    @Column(name = "overridden_activity_id")
    private Long overriddenActivityId;

    protected Activity() {
    }

    public Activity(Long accountId, Type type, String purpose, Department department, Long ownerId) {
        this.accountId = accountId;
        this.type = type;
        this.purpose = purpose;
        this.department = department;
        this.ownerId = ownerId;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** When it happened, or when it is to happen. */
    public OffsetDateTime getWhen() {
        return doneAt != null ? doneAt : plannedAt;
    }

    void overrode(Long activityId, String reason, Long by) {
        this.overriddenActivityId = activityId;
        this.overrideReason = reason;
        this.overriddenBy = by;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public Type getType() { return type; }
    public void setType(Type type) { this.type = type; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Department getDepartment() { return department; }
    public void setDepartment(Department department) { this.department = department; }
    public OffsetDateTime getPlannedAt() { return plannedAt; }
    public void setPlannedAt(OffsetDateTime plannedAt) { this.plannedAt = plannedAt; }
    public OffsetDateTime getDoneAt() { return doneAt; }
    public void setDoneAt(OffsetDateTime doneAt) { this.doneAt = doneAt; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public Long getOwnerId() { return ownerId; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOverrideReason() { return overrideReason; }
    public Long getOverriddenBy() { return overriddenBy; }
    public Long getOverriddenActivityId() { return overriddenActivityId; }
}
