package io.forecourt.quote;

import io.forecourt.account.AccountRepository;
import io.forecourt.configurator.evaluation.Evaluation;
import io.forecourt.order.OrderService;
import io.forecourt.security.UserNames;
import io.forecourt.catalog.ProductDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Turns quotes into what the API, the pages and the event feed show. */
@ApplicationScoped
class QuoteViews {

    @Inject
    AccountRepository accounts;

    @Inject
    UserNames names;

    @Inject
    QuoteHistoryRepository history;

    @Inject
    QuoteRevisionRepository revisions;

    @Inject
    OrderService orders;

    @Inject
    QuoteConfig config;

    @Inject
    io.forecourt.catalog.CatalogService catalog;

    @Inject
    ObjectMapper json;

    @Inject
    io.forecourt.common.web.RequestOrigin origin;

    QuoteView of(Quote q) {
        return of(q, true);
    }

    /** Without history and earlier revisions: what events and snapshots carry. */
    QuoteView summary(Quote q) {
        return of(q, false);
    }

    private QuoteView of(Quote q, boolean full) {
        List<QuoteView.Line> lines = q.getLines().stream().map(l -> new QuoteView.Line(l.getPosition(),
                l.getConfigurationCode(), l.getProductCode(),
                catalog.find(l.getProductCode()).map(ProductDocument::name).orElse(l.getProductCode()), l.getMarket(),
                read(l.getSelectionsJson(), new TypeReference<List<String>>() { }),
                read(l.getPriceJson(), new TypeReference<Evaluation.Price>() { }), l.getListPrice(),
                l.getDiscountPercent(), l.getNetPrice(), "/configurations/" + l.getConfigurationCode())).toList();
        List<QuoteView.Change> changes = full ? history.changes(q.getId()).stream()
                .map(c -> new QuoteView.Change(c.getFrom(), c.getTo(), c.getChangedBy(), name(c.getChangedBy()),
                        c.getChangedAt(), c.getNote())).toList() : List.of();
        List<QuoteView.Revision> earlier = full ? revisions.of(q.getId()).stream()
                .map(r -> new QuoteView.Revision(r.getRevision(), r.getRevisedAt(), name(r.getRevisedBy()),
                        read(r.getSnapshotJson(), new TypeReference<Object>() { }))).toList() : List.of();
        BigDecimal margin = BigDecimal.valueOf(QuotePricing.margin(q.getTotal(), q.getCostTotal())).setScale(2, RoundingMode.HALF_UP);
        return new QuoteView(q.getId(), q.getNumber(), q.getStatus(), q.getRevision(), q.getAccountId(),
                accounts.findByIdOptional(q.getAccountId()).map(a -> a.getName()).orElse(null), q.getOpportunityId(),
                q.getOwnerId(), name(q.getOwnerId()), q.getDiscountPercent(), q.getValidUntil(), q.getCurrency(),
                q.getListTotal(), q.getListTotal().subtract(q.getTotal()), q.getTotal(), margin,
                new QuoteView.Approval(q.getApprovalLevel(), read(q.getDecisionsJson(),
                        new TypeReference<List<QuoteView.Rule>>() { })), link(q), lines, changes, earlier,
                q.getId() == null ? null : orders.placedFrom(q.getId()).map(OrderService.Placed::id).orElse(null),
                q.getRulesVersion(), q.getCreatedAt(), q.getVersion());
    }

    /** The customer's full link: the configured public base URL, else the origin the request came to. */
    String link(Quote q) {
        return q.getToken() == null ? null : base() + "/quotes/" + q.getToken();
    }

    private String base() {
        if (config.publicBaseUrl().isPresent()) {
            String b = config.publicBaseUrl().get().trim();
            return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        }
        return origin.get().orElse("");
    }

    String name(Long userId) {
        return names.nameOrCustomer(userId);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quote data is not readable", e);
        }
    }
}
