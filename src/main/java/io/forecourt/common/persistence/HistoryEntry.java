package io.forecourt.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * One line of a record's history, written once and never changed: who did it (null: the customer or
 * the system) and when. Order transitions, quote status changes, opportunity stage changes and
 * applied rebalancings are all of this shape; each adds what changed.
 */
@MappedSuperclass
public abstract class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_by", updatable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected HistoryEntry() {
    }

    protected HistoryEntry(Long changedBy, OffsetDateTime changedAt) {
        this.changedBy = changedBy;
        this.changedAt = changedAt == null ? OffsetDateTime.now() : changedAt;
    }

    public Long getId() { return id; }
    public Long getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
}
