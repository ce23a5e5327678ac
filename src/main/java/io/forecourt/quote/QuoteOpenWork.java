package io.forecourt.quote;

import io.forecourt.account.OpenWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Quotes the customer has not accepted or declined are open work on their account. */
@ApplicationScoped
class QuoteOpenWork implements OpenWork {

    @Inject
    QuoteRepository quotes;

    @Override
    public List<Item> moveOrKeep(long accountId, long fromOwnerId, long toOwnerId, boolean handOver) {
        List<Quote> open = quotes.list("accountId = ?1 and ownerId = ?2 and status not in ?3 order by id",
                accountId, fromOwnerId, List.of(QuoteStatus.ACCEPTED, QuoteStatus.DECLINED));
        return open.stream().map(q -> {
            if (handOver) {
                q.setOwnerId(toOwnerId);
            }
            return new Item("quote", q.getId(), "Quote " + q.getNumber() + " · " + q.getStatus().words());
        }).toList();
    }
}
