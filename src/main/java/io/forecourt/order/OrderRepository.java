package io.forecourt.order;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
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
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!scope.all()) {
            where.append(" and accountId in ").append(AccountRepository.VISIBLE_ACCOUNT_IDS);
            p.and("owners", scope.ownerIds());
        }
        if (status != null) {
            where.append(" and status = :status");
            p.and("status", status);
        }
        if (accountId != null) {
            where.append(" and accountId = :account");
            p.and("account", accountId);
        }
        return find(where + " order by id desc", p).page(0, LIMIT).list();
    }
}
