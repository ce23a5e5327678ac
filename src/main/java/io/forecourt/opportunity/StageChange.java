package io.forecourt.opportunity;

import io.forecourt.common.persistence.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One entry of an opportunity's stage history; {@code from} is null for the stage it was created in. */
@Entity
@Table(name = "opportunity_stage_changes")
public class StageChange extends HistoryEntry {

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private Stage to;

    private String note;

    protected StageChange() {
    }

    public StageChange(Long opportunityId, Stage from, Stage to, Long changedBy, OffsetDateTime changedAt, String note) {
        super(java.util.Objects.requireNonNull(changedBy, "changedBy"), changedAt);
        this.opportunityId = opportunityId;
        this.from = from;
        this.to = to;
        this.note = note;
    }

    public Long getOpportunityId() { return opportunityId; }
    public Stage getFrom() { return from; }
    public Stage getTo() { return to; }
    public String getNote() { return note; }
}
