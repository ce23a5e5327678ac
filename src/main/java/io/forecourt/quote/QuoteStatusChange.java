package io.forecourt.quote;

import io.forecourt.common.persistence.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One status a quote entered: who (null: the customer through the link), when, and the comment. */
@Entity
@Table(name = "quote_status_changes")
public class QuoteStatusChange extends HistoryEntry {

    @Column(name = "quote_id", nullable = false)
    private Long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private QuoteStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private QuoteStatus to;

    private String note;

    protected QuoteStatusChange() {
    }

    QuoteStatusChange(Long quoteId, QuoteStatus from, QuoteStatus to, Long changedBy, String note) {
        super(changedBy, OffsetDateTime.now());
        this.quoteId = quoteId;
        this.from = from;
        this.to = to;
        this.note = note;
    }

    public QuoteStatus getFrom() { return from; }
    public QuoteStatus getTo() { return to; }
    public String getNote() { return note; }
}
