package io.forecourt.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A sent quote as it stood before it was changed (the snapshot is the quote's JSON view then). */
@Entity
@Table(name = "quote_revisions")
public class QuoteRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id", nullable = false)
    private Long quoteId;

    private int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String snapshot;

    @Column(name = "revised_by")
    private Long revisedBy;

    @Column(name = "revised_at", nullable = false)
    private OffsetDateTime revisedAt;

    protected QuoteRevision() {
    }

    QuoteRevision(Long quoteId, int revision, String snapshot, Long revisedBy) {
        this.quoteId = quoteId;
        this.revision = revision;
        this.snapshot = snapshot;
        this.revisedBy = revisedBy;
        this.revisedAt = OffsetDateTime.now();
    }

    public int getRevision() { return revision; }
    String getSnapshotJson() { return snapshot; }
    public Long getRevisedBy() { return revisedBy; }
    public OffsetDateTime getRevisedAt() { return revisedAt; }
}
