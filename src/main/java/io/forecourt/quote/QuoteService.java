package io.forecourt.quote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.account.Account;
import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.events.Outbox;
import io.forecourt.opportunity.OpportunityService;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Creates, revises, approves and sends quotes; every change is recorded and published in its transaction. */
@ApplicationScoped
public class QuoteService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    QuoteRepository quotes;

    @Inject
    QuoteHistoryRepository history;

    @Inject
    QuoteRevisionRepository revisions;

    @Inject
    QuotePricing pricing;

    @Inject
    QuoteViews views;

    @Inject
    QuoteConfig config;

    @Inject
    AccountAccess accountAccess;

    @Inject
    OpportunityService opportunities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Transactional
    public QuoteView create(@Valid @NotNull QuoteRequest r) {
        long by = currentUser.requireUserId();
        Account account = accountAccess.requireVisible(r.account());
        LocalDate validUntil = r.validUntil() != null ? r.validUntil() : LocalDate.now().plusDays(config.validityDays());
        requireFuture(validUntil);
        long n = ((Number) em.createNativeQuery("select nextval('quote_numbers')").getSingleResult()).longValue();
        Quote q = new Quote(String.format("Q-%06d", n), account.getId(), by, validUntil);
        if (r.opportunity() != null) {
            if (opportunities.get(r.opportunity()).accountId() != account.getId()) {
                throw unprocessable("opportunity", "The opportunity belongs to another account");
            }
            q.setOpportunityId(r.opportunity());
        }
        q.setDiscountPercent(r.discountPercent() == null ? BigDecimal.ZERO : r.discountPercent());
        pricing.lines(q, r.configurations(), r.lineDiscounts());
        pricing.review(q, authorRole());
        QuoteStatus status = q.getApprovalLevel() == null ? QuoteStatus.DRAFT : QuoteStatus.PENDING_APPROVAL;
        q.setStatus(status);
        quotes.persist(q);
        history.persist(new QuoteStatusChange(q.getId(), null, status, by, null));
        return publish(q, "quote.created");
    }

    /** Changes a quote; a sent (or expired) quote becomes revision n+1, the old one kept, its link retired. */
    @Transactional
    public QuoteView revise(long id, @Valid @NotNull QuoteChange c) {
        long by = currentUser.requireUserId();
        Quote q = writable(id);
        requireVersion(q, c.version());
        if (!q.getStatus().revisable()) {
            throw new ForecourtException(409, "Quote closed", "A quote that is " + q.getStatus().words().toLowerCase()
                    + " does not change", Map.of("status", q.getStatus()));
        }
        QuoteStatus from = q.getStatus();
        if (from == QuoteStatus.SENT || from == QuoteStatus.EXPIRED) {
            revisions.persist(new QuoteRevision(q.getId(), q.getRevision(), pricing.write(views.summary(q)), by));
            q.nextRevision();
            q.setToken(null);
            q.setSentAt(null);
            q.setStatus(QuoteStatus.DRAFT); // until the rules have reviewed the new revision
        }
        if (c.validUntil() != null) {
            requireFuture(c.validUntil());
            q.setValidUntil(c.validUntil());
        } else if (q.expired(LocalDate.now())) {
            q.setValidUntil(LocalDate.now().plusDays(config.validityDays()));
        }
        if (c.discountPercent() != null) {
            q.setDiscountPercent(c.discountPercent());
        }
        if (c.configurations() != null) {
            pricing.lines(q, c.configurations(), c.lineDiscounts());
        } else {
            pricing.discounts(q, c.lineDiscounts() == null ? Map.of() : c.lineDiscounts());
        }
        pricing.review(q, authorRole());
        QuoteStatus to = q.getApprovalLevel() == null ? QuoteStatus.DRAFT : QuoteStatus.PENDING_APPROVAL;
        q.setStatus(to);
        history.persist(new QuoteStatusChange(q.getId(), from, to, by, "Revised" + (q.getRevision() > 1
                ? " (revision " + q.getRevision() + ")" : "")));
        return publish(q, "quote.revised");
    }

    /** Sends the quote: a fresh unguessable link the customer opens without an account. */
    @Transactional
    public QuoteView send(long id, Integer version) {
        long by = currentUser.requireUserId();
        Quote q = writable(id);
        if (version != null) {
            requireVersion(q, version);
        }
        if (!q.getStatus().sendable()) {
            throw transitionRefused(q, QuoteStatus.SENT);
        }
        if (q.expired(LocalDate.now())) {
            throw new ForecourtException(409, "Quote expired", "The validity date has passed; revise the quote first");
        }
        QuoteStatus from = q.getStatus();
        q.setStatus(QuoteStatus.SENT);
        q.setToken(newToken());
        q.setSentAt(java.time.OffsetDateTime.now());
        history.persist(new QuoteStatusChange(q.getId(), from, QuoteStatus.SENT, by, null));
        return publish(q, "quote.sent");
    }

    public QuoteView get(long id) {
        Quote q = quotes.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Quote " + id));
        accountAccess.requireRecordVisible(q.getAccountId(), q.getOwnerId(), "Quote " + id);
        return views.of(q);
    }

    public List<QuoteView> list(QuoteStatus status, Long accountId) {
        if (accountId != null) {
            accountAccess.requireVisible(accountId);
        }
        return quotes.visible(currentUser.ownerScope(), status, accountId).stream().map(views::summary).toList();
    }

    QuoteView publish(Quote q, String type) {
        quotes.flush();
        QuoteView view = views.of(q);
        outbox.publish(type, "quote", q.getId(), views.summary(q));
        return view;
    }

    /** Visible, and the caller is its owner or the owner's manager (or an admin). */
    private Quote writable(long id) {
        Quote q = quotes.lock(id).orElseThrow(() -> ForecourtException.notFound("Quote " + id));
        accountAccess.requireRecordWritable(q.getAccountId(), q.getOwnerId(), "Quote " + id);
        return q;
    }

    private String authorRole() {
        return currentUser.hasRole(Role.ADMIN) ? Role.ADMIN : currentUser.hasRole(Role.MANAGER) ? Role.MANAGER : Role.REP;
    }

    static ForecourtException transitionRefused(Quote q, QuoteStatus to) {
        return new ForecourtException(409, "Not allowed now", "A quote that is " + q.getStatus().words().toLowerCase()
                + " cannot become " + to.words().toLowerCase(), Map.of("status", q.getStatus(), "allowed", q.getStatus().next()));
    }

    static void requireStatus(Quote q, QuoteStatus to, QuoteStatus expected) {
        if (q.getStatus() != expected) {
            throw transitionRefused(q, to);
        }
    }

    static void requireVersion(Quote q, Integer version) {
        if (version == null) {
            throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
        }
        if (version != q.getVersion()) {
            throw ForecourtException.stale("quote", q.getVersion());
        }
    }

    private static void requireFuture(LocalDate validUntil) {
        if (validUntil.isBefore(LocalDate.now())) {
            throw unprocessable("validUntil", "The validity date is in the past");
        }
    }

    static ForecourtException unprocessable(String field, String message) {
        return new ForecourtException(422, "Invalid quote", message,
                Map.of("violations", List.of(Violation.field(field, "invalid-quote", message))));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "q" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
