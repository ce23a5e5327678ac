package io.forecourt.quote;

import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

import static io.forecourt.quote.QuoteService.requireStatus;
import static io.forecourt.quote.QuoteService.requireVersion;
import static io.forecourt.quote.QuoteService.unprocessable;

/** The approver's side: the queue, and approving or rejecting a pending quote with a comment. */
@ApplicationScoped
public class QuoteApprovals {

    @Inject
    QuoteRepository quotes;

    @Inject
    QuoteHistoryRepository history;

    @Inject
    QuoteService service;

    @Inject
    QuoteViews views;

    @Inject
    AccountAccess accountAccess;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public QuoteView approve(long id, Decision d) {
        return decide(id, d, QuoteStatus.APPROVED);
    }

    @Transactional
    public QuoteView reject(long id, Decision d) {
        if (d.comment() == null || d.comment().isBlank()) {
            throw unprocessable("comment", "Say why the quote is rejected");
        }
        return decide(id, d, QuoteStatus.REJECTED);
    }

    private QuoteView decide(long id, Decision d, QuoteStatus to) {
        long by = currentUser.requireUserId();
        Quote q = quotes.lock(id).orElseThrow(() -> ForecourtException.notFound("Quote " + id));
        accountAccess.requireVisible(q.getAccountId());
        requireStatus(q, to, QuoteStatus.PENDING_APPROVAL);
        if (!mayApprove(q)) {
            throw new ForbiddenException("This quote waits for " + ("ADMIN".equals(q.getApprovalLevel()) ? "an admin" : "a manager"));
        }
        requireVersion(q, d.version());
        q.setStatus(to);
        history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.PENDING_APPROVAL, to, by,
                d.comment() == null || d.comment().isBlank() ? null : d.comment().strip()));
        return service.publish(q, "quote." + to.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The approver's queue: quotes waiting for this user's approval. */
    public List<QuoteView> queue() {
        currentUser.requireUserId();
        return quotes.waitingFor(currentUser.ownerScope(), currentUser.hasRole(Role.ADMIN)).stream()
                .map(views::summary).toList();
    }

    boolean mayApprove(Quote q) {
        if (q.getApprovalLevel() == null) {
            return false;
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return "MANAGER".equals(q.getApprovalLevel()) && currentUser.hasRole(Role.MANAGER)
                && currentUser.ownerScope().includes(q.getOwnerId());
    }

}
