package io.forecourt.quote;

import io.forecourt.account.AccountSection;
import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The account page's quotes: number, status and total, each one tap from its page. */
@ApplicationScoped
class QuoteAccountSection implements AccountSection {

    @Inject
    QuoteService quotes;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Quotes";
    }

    @Override
    public String emptyText() {
        return "No quote yet.";
    }

    @Override
    public List<Line> lines(long accountId) {
        return quotes.list(null, accountId).stream()
                .map(q -> new Line(q.number() + (q.revision() > 1 ? " (revision " + q.revision() + ")" : ""),
                        q.status().words() + " · " + Formats.money(q.total()) + " " + q.currency()
                                + " · valid until " + q.validUntil(), "/quotes/" + q.id()))
                .toList();
    }
}
