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
}
