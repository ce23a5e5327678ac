package io.forecourt.quote;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {

    static final int LIMIT = 500;

    public Optional<Quote> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** The quote behind a link, locked until the transaction ends: concurrent accepts queue here. */
    Optional<Quote> lockByToken(String token) {
        return find("token", token).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<Quote> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Quotes on accounts the scope may see, newest first; optionally one status or one account. */
    List<Quote> visible(OwnerScope scope, QuoteStatus status, Long accountId) {
        AccountRepository.OnAccounts q = AccountRepository.onVisibleAccounts(scope, status, accountId);
        return find(q.where() + " order by id desc", q.parameters()).page(0, LIMIT).list();
    }

    /** Quotes waiting for this approver: admins see every one; managers those of their team below admin level. */
    List<Quote> waitingFor(OwnerScope scope, boolean admin) {
        if (admin) {
            return list("status = ?1 order by updatedAt", QuoteStatus.PENDING_APPROVAL);
        }
        if (scope.ownerIds().isEmpty()) {
            return List.of();
        }
        return list("status = ?1 and approvalLevel = 'MANAGER' and ownerId in ?2 order by updatedAt",
                QuoteStatus.PENDING_APPROVAL, scope.ownerIds());
    }

    public List<Quote> ofOpportunity(long opportunityId) {
        return list("opportunityId = ?1 order by id", opportunityId);
    }

    /** Quotes a customer has a link to (sent, or answered since) that quote any of these configurations. */
    public List<Quote> sentWithConfigurations(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return find("select distinct q from Quote q join q.lines l where l.configurationCode in ?1 "
                + "and q.token is not null order by q.id desc", codes).list();
    }

    /**
     * How many quotes of these owners (or on these accounts, when {@code accountIds} is given) were sent
     * to the customer in [from, to): each move to SENT counts once.
     */
    public long countSent(java.util.Collection<Long> ownerIds, java.util.Collection<Long> accountIds,
                          java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        if ((ownerIds == null || ownerIds.isEmpty()) && (accountIds == null || accountIds.isEmpty())) {
            return 0;
        }
        boolean byAccount = accountIds != null;
        var q = getEntityManager().createQuery("select count(c) from QuoteStatusChange c, Quote q where q.id = c.quoteId"
                        + " and c.to = :sent and c.changedAt >= :from and c.changedAt < :to and "
                        + (byAccount ? "q.accountId in :ids" : "q.ownerId in :ids"), Long.class)
                .setParameter("sent", QuoteStatus.SENT).setParameter("from", from).setParameter("to", to)
                .setParameter("ids", byAccount ? (accountIds.isEmpty() ? List.of(-1L) : accountIds) : ownerIds);
        return q.getSingleResult();
    }
}
