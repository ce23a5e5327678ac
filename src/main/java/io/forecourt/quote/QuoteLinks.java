package io.forecourt.quote;

import io.forecourt.opportunity.LinkedQuotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

/** The quotes an opportunity shows: number, status, revision and total. */
@ApplicationScoped
class QuoteLinks implements LinkedQuotes {

    record Linked(long id, String number, QuoteStatus status, int revision, BigDecimal total, String currency,
                  String href) {
    }

    @Inject
    QuoteRepository quotes;

    @Override
    public List<Object> of(long opportunityId) {
        return quotes.ofOpportunity(opportunityId).stream()
                .<Object>map(q -> new Linked(q.getId(), q.getNumber(), q.getStatus(), q.getRevision(), q.getTotal(),
                        q.getCurrency(), "/quotes/" + q.getId()))
                .toList();
    }
}
