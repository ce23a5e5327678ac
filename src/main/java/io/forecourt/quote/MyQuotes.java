package io.forecourt.quote;

import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The quotes a customer has been sent for their own configurations, each opening its customer page. */
@ApplicationScoped
public class MyQuotes {

    /** One quote as its customer sees it in their list: no costs, margins or approvals. */
    public record Mine(String number, int revision, QuoteStatus status, String statusWords, BigDecimal total,
                       String currency, LocalDate validUntil, boolean open, String href, List<String> configurations) {
        public String totalMoney() {
            return Formats.money(total);
        }
    }

    @Inject
    QuoteRepository quotes;

    public List<Mine> forConfigurations(Collection<String> codes) {
        LocalDate today = LocalDate.now();
        return quotes.sentWithConfigurations(codes).stream()
                .map(q -> new Mine(q.getNumber(), q.getRevision(), q.getStatus(), q.getStatus().words(), q.getTotal(),
                        q.getCurrency(), q.getValidUntil(), q.getStatus() == QuoteStatus.SENT && !q.expired(today),
                        "/quotes/" + q.getToken(), q.getLines().stream().map(QuoteLine::getConfigurationCode).toList()))
                .toList();
    }
}
