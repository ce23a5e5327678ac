package io.forecourt.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The status changes of quotes, oldest first. */
@ApplicationScoped
class QuoteHistoryRepository implements PanacheRepository<QuoteStatusChange> {

    List<QuoteStatusChange> changes(long quoteId) {
        return list("quoteId = ?1 order by id", quoteId);
    }
}
