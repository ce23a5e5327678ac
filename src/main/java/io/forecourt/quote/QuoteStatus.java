package io.forecourt.quote;

import java.util.List;
import java.util.Set;

/** Where a quote stands: DRAFT → (PENDING_APPROVAL → APPROVED | REJECTED) → SENT → ACCEPTED | DECLINED | EXPIRED. */
public enum QuoteStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED, DECLINED, EXPIRED;

    /** The rep may change the quote (a sent quote then becomes the next revision). */
    public boolean revisable() {
        return Set.of(DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SENT, EXPIRED).contains(this);
    }

    /** The quote may go to the customer: nothing to approve, or approved. */
    public boolean sendable() {
        return this == DRAFT || this == APPROVED;
    }

    public boolean closed() {
        return this == ACCEPTED || this == DECLINED;
    }

    /** What may follow this status, for answers that name the allowed moves. */
    public List<QuoteStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(PENDING_APPROVAL, SENT);
            case PENDING_APPROVAL -> List.of(APPROVED, REJECTED);
            case APPROVED -> List.of(SENT);
            case REJECTED -> List.of(DRAFT, PENDING_APPROVAL);
            case SENT -> List.of(ACCEPTED, DECLINED, EXPIRED);
            case EXPIRED -> List.of(DRAFT, PENDING_APPROVAL);
            case ACCEPTED, DECLINED -> List.of();
        };
    }

    public String words() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
