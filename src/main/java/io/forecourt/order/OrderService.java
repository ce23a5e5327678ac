package io.forecourt.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.events.Outbox;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Places orders (from accepted quotes) and moves them through fulfilment; every change is recorded and published. */
@ApplicationScoped
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    OrderTransitionRepository transitions;

    @Inject
    OrderViews views;

    @Inject
    AccountAccess accountAccess;

    @Inject
    CurrentUser currentUser;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /**
     * What an accepted quote hands over to become an order: which quote revision, whose account, the total
     * and every line as the quote priced it; {@code note} opens the order's history.
     */
    public record Placement(long quoteId, String quoteNumber, int quoteRevision, long accountId, long ownerId,
                            String currency, BigDecimal total, List<NewLine> lines, String note) {
    }

    /** One line handed over: the configuration, its product and market, list price, discount and net price. */
    public record NewLine(String configuration, String product, String market, BigDecimal listPrice,
                          BigDecimal discountPercent, BigDecimal netPrice) {
    }

    /** Called by quote acceptance, in its transaction; the quote's row lock and orders.quote_id unique keep it single. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderView place(Placement placement) {
        long n = ((Number) em.createNativeQuery("select nextval('order_numbers')").getSingleResult()).longValue();
        Order o = new Order(String.format("O-%06d", n), placement);
        orders.persist(o);
        transitions.persist(new OrderTransition(o.getId(), null, OrderStatus.PLACED, null, placement.note()));
        orders.flush();
        OrderView view = views.of(o);
        outbox.publish("order.placed", "order", o.getId(), view);
        return view;
    }

    /** Moves an order one legal step; a stale version or an illegal step is 409 and changes nothing. */
    @Transactional
    public OrderView transition(long id, @Valid @NotNull TransitionRequest r) {
        long by = currentUser.requireUserId();
        Order o = orders.lock(id).orElseThrow(() -> ForecourtException.notFound("Order " + id));
        accountAccess.requireVisible(o.getAccountId());
        if (r.version() != o.getVersion()) {
            throw ForecourtException.stale("order", o.getVersion());
        }
        OrderStatus from = o.getStatus();
        if (!from.allowed().contains(r.to())) {
            List<OrderStatus> allowed = from.allowed();
            throw new ForecourtException(409, "Transition not allowed", "An order cannot go from " + from + " to "
                    + r.to() + "; allowed: " + (allowed.isEmpty() ? "none, the order is final"
                    : allowed.stream().map(OrderStatus::name).collect(Collectors.joining(", "))),
                    Map.of("from", from, "allowed", allowed));
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        if (r.to() == OrderStatus.CANCELLED) {
            if (note == null) {
                throw new ForecourtException(422, "Reason required", "Say why the order is cancelled",
                        Map.of("violations", List.of(Violation.field("note", "cancellation-reason-required",
                                "A cancellation needs a reason"))));
            }
            o.setCancelReason(note);
        }
        o.setStatus(r.to());
        transitions.persist(new OrderTransition(o.getId(), from, r.to(), by, note));
        orders.flush();
        OrderView view = views.of(o);
        outbox.publish("order." + r.to().name().toLowerCase(java.util.Locale.ROOT), "order", o.getId(), view);
        return view;
    }

    public OrderView get(long id) {
        Order o = orders.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Order " + id));
        accountAccess.requireVisible(o.getAccountId());
        return views.of(o);
    }

    public List<OrderView> list(OrderStatus status, Long accountId) {
        if (accountId != null) {
            accountAccess.requireVisible(accountId);
        }
        return orders.visible(currentUser.ownerScope(), status, accountId).stream().map(views::of).toList();
    }

    /** The order a quote became, if any (no scope check: callers have checked the quote). */
    public java.util.Optional<OrderView> ofQuote(long quoteId) {
        return orders.ofQuote(quoteId).map(views::of);
    }

    /** The id and number of the order a quote became, if any, without building its view (no scope check). */
    public java.util.Optional<Placed> placedFrom(long quoteId) {
        return orders.ofQuote(quoteId).map(o -> new Placed(o.getId(), o.getNumber()));
    }

    public record Placed(long id, String number) {
    }
}
