package io.forecourt.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Earlier revisions of sent quotes. */
@ApplicationScoped
class QuoteRevisionRepository implements PanacheRepository<QuoteRevision> {

    List<QuoteRevision> of(long quoteId) {
        return list("quoteId = ?1 order by revision", quoteId);
    }
}
