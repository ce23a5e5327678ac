package io.forecourt.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the customer reads behind the link: no costs, margins or approvals. */
public record CustomerQuote(String number, int revision, QuoteStatus status, String accountName, String salesContact,
                            LocalDate validUntil, boolean open, String currency, BigDecimal listTotal,
                            BigDecimal discountAmount, BigDecimal total, List<QuoteView.Line> lines) {

    static CustomerQuote of(QuoteView q, LocalDate today) {
        return new CustomerQuote(q.number(), q.revision(), q.status(), q.accountName(), q.owner(), q.validUntil(),
                q.status() == QuoteStatus.SENT && !q.validUntil().isBefore(today), q.currency(), q.listTotal(),
                q.discountAmount(), q.total(), q.lines());
    }
}
