package io.forecourt.forecast.flag;

import io.forecourt.forecast.Metric;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a manager does about a flag: owned, due, tracked to closure, with the metric when it was taken. */
@Entity
@Table(name = "corrective_actions")
public class CorrectiveAction {

    public enum Kind { COACHING, REASSIGN_ACCOUNTS, ADJUST_QUOTA, PLAN_VISITS }

    public enum Status { OPEN, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_id", updatable = false)
    private Long flagId;

    @Column(name = "rep_id", nullable = false, updatable = false)
    private Long repId;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    private String note;

    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Metric metric;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "metric_at_action", updatable = false)
    private BigDecimal metricAtAction;

    @Column(name = "metric_next_end")
    private BigDecimal metricNextEnd;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closing_note")
    private String closingNote;

    @Version
    private int version;

    protected CorrectiveAction() {
    }

    CorrectiveAction(Long flagId, Long repId, Long teamId, Kind kind, Long ownerId, LocalDate dueOn, Metric metric,
                     String period, BigDecimal metricAtAction, Long createdBy) {
        this.flagId = flagId;
        this.repId = repId;
        this.teamId = teamId;
        this.kind = kind;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.metric = metric;
        this.period = period;
        this.metricAtAction = metricAtAction;
        this.createdBy = createdBy;
    }

    void close(Status status, String note) {
        this.status = status;
        this.closingNote = note;
        this.closedAt = OffsetDateTime.now();
        this.updatedAt = closedAt;
    }

    public Long getId() { return id; }
    public Long getFlagId() { return flagId; }
    public Long getRepId() { return repId; }
    public Long getTeamId() { return teamId; }
    public Kind getKind() { return kind; }
    public Long getOwnerId() { return ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public String getNote() { return note; }
    void setNote(String note) { this.note = note; }
    public String getLink() { return link; }
    void setLink(String link) { this.link = link; }
    public Status getStatus() { return status; }
    public Metric getMetric() { return metric; }
    public String getPeriod() { return period; }
    public BigDecimal getMetricAtAction() { return metricAtAction; }
    public BigDecimal getMetricNextEnd() { return metricNextEnd; }
    void setMetricNextEnd(BigDecimal v) { this.metricNextEnd = v; }
    public Long getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getClosingNote() { return closingNote; }
    public int getVersion() { return version; }
}
