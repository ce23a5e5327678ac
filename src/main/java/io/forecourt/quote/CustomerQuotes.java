package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/** Reads a quote by its link; a retired link (an older revision's) or a quote never sent is not found. */
@ApplicationScoped
class CustomerQuotes {

    @Inject
    QuoteRepository quotes;

    @Inject
    QuoteViews views;

    CustomerQuote byToken(String token) {
        Quote q = quotes.findByToken(token).orElseThrow(() -> ForecourtException.notFound("Quote"));
        return CustomerQuote.of(views.summary(q), LocalDate.now());
    }
}
