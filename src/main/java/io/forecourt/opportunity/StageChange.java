package io.forecourt.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One entry of an opportunity's stage history; {@code from} is null for the stage it was created in. */
@Entity
@Table(name = "opportunity_stage_changes")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private Stage to;

    @Column(name = "changed_by", nullable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    private String note;

    protected StageChange() {
    }

    public StageChange(Long opportunityId, Stage from, Stage to, Long changedBy, OffsetDateTime changedAt, String note) {
        this.opportunityId = opportunityId;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public Stage getFrom() { return from; }
    public Stage getTo() { return to; }
    public Long getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
    public String getNote() { return note; }
}
