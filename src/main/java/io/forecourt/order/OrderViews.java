package io.forecourt.order;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Turns orders into what the API, the board and the events show. */
@ApplicationScoped
class OrderViews {

    @Inject
    AccountRepository accounts;

    @Inject
    UserNames names;

    @Inject
    OrderTransitionRepository transitions;

    @Inject
    io.forecourt.catalog.CatalogService catalog;

    OrderView of(Order o) {
        List<OrderView.Line> lines = o.getLines().stream()
                .map(l -> new OrderView.Line(l.getConfigurationCode(), l.getProductCode(),
                        catalog.find(l.getProductCode()).map(io.forecourt.catalog.ProductDocument::name)
                                .orElse(l.getProductCode()), l.getNetPrice(),
                        "/configurations/" + l.getConfigurationCode()))
                .toList();
        List<OrderView.Change> history = transitions.of(o.getId()).stream()
                .map(t -> new OrderView.Change(t.getFrom(), t.getTo(), t.getChangedBy(), name(t.getChangedBy()),
                        t.getChangedAt(), t.getNote()))
                .toList();
        return new OrderView(o.getId(), o.getNumber(), o.getStatus(), o.getAccountId(),
                accounts.findByIdOptional(o.getAccountId()).map(a -> a.getName()).orElse(null), o.getOwnerId(),
                name(o.getOwnerId()), o.getTotal(), o.getCurrency(), o.getCancelReason(), o.getCreatedAt(),
                o.getVersion(), o.getStatus().allowed(),
                new OrderView.QuoteRef(o.getQuoteId(), o.getQuoteNumber(), o.getQuoteRevision()), lines, history);
    }

    String name(Long userId) {
        return names.nameOrCustomer(userId);
    }
}
