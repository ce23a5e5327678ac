package io.forecourt.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote state machine: what may follow each status, and which statuses a rep may still change or send. */
class QuoteStatusTest {

    @Test
    void eachStatusNamesWhatMayFollow() {
        assertThat(QuoteStatus.DRAFT.next()).containsExactly(QuoteStatus.PENDING_APPROVAL, QuoteStatus.SENT);
        assertThat(QuoteStatus.PENDING_APPROVAL.next()).containsExactly(QuoteStatus.APPROVED, QuoteStatus.REJECTED);
        assertThat(QuoteStatus.APPROVED.next()).containsExactly(QuoteStatus.SENT);
        assertThat(QuoteStatus.SENT.next()).containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.DECLINED, QuoteStatus.EXPIRED);
        assertThat(QuoteStatus.ACCEPTED.next()).isEmpty();
        assertThat(QuoteStatus.DECLINED.next()).isEmpty();
    }

    @Test
    void onlyDraftsAndApprovedQuotesAreSentAndClosedQuotesNeverChange() {
        assertThat(List.of(QuoteStatus.values())).filteredOn(QuoteStatus::sendable)
                .containsExactly(QuoteStatus.DRAFT, QuoteStatus.APPROVED);
        assertThat(List.of(QuoteStatus.values())).filteredOn(s -> !s.revisable())
                .containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.DECLINED);
    }
}
