package io.forecourt.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One status a quote entered: who (null: the customer through the link), when, and the comment. */
@Entity
@Table(name = "quote_status_changes")
public class QuoteStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id", nullable = false)
    private Long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private QuoteStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private QuoteStatus to;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    private String note;

    protected QuoteStatusChange() {
    }

    QuoteStatusChange(Long quoteId, QuoteStatus from, QuoteStatus to, Long changedBy, String note) {
        this.quoteId = quoteId;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now();
        this.note = note;
    }

    public QuoteStatus getFrom() { return from; }
    public QuoteStatus getTo() { return to; }
    public Long getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
    public String getNote() { return note; }
}
