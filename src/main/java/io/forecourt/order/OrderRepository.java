package io.forecourt.order;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository implements PanacheRepository<Order> {

    static final int LIMIT = 500;

    public Optional<Order> ofQuote(long quoteId) {
        return find("quoteId", quoteId).firstResultOptional();
    }

    Optional<Order> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Orders on accounts the scope may see, newest first. */
    List<Order> visible(OwnerScope scope, OrderStatus status, Long accountId) {
        AccountRepository.OnAccounts q = AccountRepository.onVisibleAccounts(scope, status, accountId);
        return find(q.where() + " order by id desc", q.parameters()).page(0, LIMIT).list();
    }

    /**
     * Orders that count for targets: placed in [from, to) by these owners (or, with {@code accountIds},
     * on those accounts), cancelled ones left out. Either filter may be null; both null means none.
     */
    public List<Order> countedBetween(java.util.Collection<Long> ownerIds, java.util.Collection<Long> accountIds,
                                      java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        if ((ownerIds == null || ownerIds.isEmpty()) && (accountIds == null || accountIds.isEmpty())) {
            return List.of();
        }
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("from", from).and("to", to)
                .and("cancelled", OrderStatus.CANCELLED);
        String where = "createdAt >= :from and createdAt < :to and status <> :cancelled";
        if (accountIds != null) {
            where += " and accountId in :accounts";
            p.and("accounts", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        } else {
            where += " and ownerId in :owners";
            p.and("owners", ownerIds);
        }
        return list(where + " order by createdAt, id", p);
    }
}
