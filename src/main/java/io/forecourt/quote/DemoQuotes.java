package io.forecourt.quote;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.configurator.saved.SaveRequest;
import io.forecourt.configurator.saved.SavedConfigurationService;
import io.forecourt.events.Outbox;
import io.forecourt.opportunity.OpportunityRepository;
import io.forecourt.opportunity.OpportunityService;
import io.forecourt.opportunity.Stage;
import io.forecourt.order.OrderService;
import io.forecourt.security.OwnerScope;
import io.forecourt.security.Role;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quotes for rep1 and rep2 on their first active accounts: a draft, one waiting for manager1's
 * approval, one sent (its customer link is in the quote), and one accepted with its order. Each
 * carries its account's open opportunity, and the accepted one has won it (Closed Won, in the
 * history), as a customer's acceptance does. An account that has a quote is left alone, so loading
 * twice changes nothing.
 */
@ApplicationScoped
class DemoQuotes implements DemoDataContributor {

    private static final List<String> AURA = List.of("ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC",
            "INT_LEATHER_BLACK", "WHEEL_18_ALLOY", "PKG_WINTER");
    private static final int[] DISCOUNTS = {5, 15, 0, 8};

    @Inject
    AccountRepository accounts;

    @Inject
    UserRepository users;

    @Inject
    QuoteRepository quotes;

    @Inject
    QuoteHistoryRepository history;

    @Inject
    QuotePricing pricing;

    @Inject
    QuoteViews views;

    @Inject
    QuoteConfig config;

    @Inject
    SavedConfigurationService saved;

    @Inject
    OrderService orders;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    OpportunityService opportunityService;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional
    @ActivateRequestContext
    public void load() {
        String code = null;
        for (String username : List.of("rep1", "rep2")) {
            Optional<User> rep = users.findByUsername(username);
            if (rep.isEmpty()) {
                continue;
            }
            List<Account> active = accounts.list("ownerId = ?1 and status = ?2 order by id", rep.get().getId(),
                    Account.Status.ACTIVE);
            int n = "rep1".equals(username) ? DISCOUNTS.length : 1;
            for (int i = 0; i < Math.min(n, active.size()); i++) {
                Account account = active.get(i);
                if (quotes.count("accountId", account.getId()) > 0) {
                    continue;
                }
                if (code == null) {
                    code = saved.save(new SaveRequest("AURA", AURA, null, "Demo fleet Aura", null, true)).code();
                }
                create(account, rep.get().getId(), code, "rep1".equals(username) ? i : 2);
            }
        }
    }

    /** Step 0: draft, 1: waiting for approval, 2: sent, 3: accepted with its order. */
    private void create(Account account, long rep, String code, int step) {
        long n = ((Number) em.createNativeQuery("select nextval('quote_numbers')").getSingleResult()).longValue();
        Quote q = new Quote(String.format("Q-%06d", n), account.getId(), rep, LocalDate.now().plusDays(config.validityDays()));
        q.setDiscountPercent(BigDecimal.valueOf(DISCOUNTS[step]));
        opportunities.search(new OpportunityRepository.Filter(Stage.OPEN, null, account.getId(), null),
                OwnerScope.ALL, 1).stream().findFirst().ifPresent(o -> q.setOpportunityId(o.getId()));
        pricing.lines(q, List.of(code), Map.of());
        pricing.review(q, Role.REP);
        q.setStatus(q.getApprovalLevel() == null ? QuoteStatus.DRAFT : QuoteStatus.PENDING_APPROVAL);
        quotes.persist(q);
        history.persist(new QuoteStatusChange(q.getId(), null, q.getStatus(), rep, null));
        quotes.flush();
        outbox.publish("quote.created", "quote", q.getId(), views.summary(q));
        if (step >= 2) {
            q.setStatus(QuoteStatus.SENT);
            q.setToken("qdemo" + java.util.UUID.randomUUID().toString().replace("-", ""));
            q.setSentAt(OffsetDateTime.now());
            history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.DRAFT, QuoteStatus.SENT, rep, null));
            quotes.flush();
            outbox.publish("quote.sent", "quote", q.getId(), views.summary(q));
        }
        if (step == 3) {
            q.setStatus(QuoteStatus.ACCEPTED);
            history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.SENT, QuoteStatus.ACCEPTED, null,
                    "Accepted by the customer"));
            if (q.getOpportunityId() != null) {
                opportunityService.wonByQuote(q.getOpportunityId(), rep, "Quote " + q.getNumber() + " accepted");
            }
            orders.place(OrderHandover.of(q, rep, "Quote " + q.getNumber() + " (revision 1) accepted by the customer"));
            outbox.publish("quote.accepted", "quote", q.getId(), views.summary(q));
        }
    }
}
