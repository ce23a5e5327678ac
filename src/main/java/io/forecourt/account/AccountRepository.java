package io.forecourt.account;

import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Accounts, always read through an {@link OwnerScope}: in scope are the accounts owned by one of
 * the scope's users or lying in a territory one of them works.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    static final String VISIBLE = "(ownerId in ?1 or territoryId in (select t.id from Territory t where t.repId in ?1))";

    public Optional<Account> findVisible(long id, OwnerScope scope) {
        if (scope.all()) {
            return findByIdOptional(id);
        }
        if (scope.ownerIds().isEmpty()) {
            return Optional.empty();
        }
        return find("id = ?2 and " + VISIBLE, scope.ownerIds(), id).firstResultOptional();
    }

    public List<Account> listVisible(OwnerScope scope, int page, int size) {
        if (scope.all()) {
            return findAll(io.quarkus.panache.common.Sort.by("name")).page(page, size).list();
        }
        if (scope.ownerIds().isEmpty()) {
            return List.of();
        }
        return find(VISIBLE + " order by name", scope.ownerIds()).page(page, size).list();
    }

    public long countVisible(OwnerScope scope) {
        if (scope.all()) {
            return count();
        }
        return scope.ownerIds().isEmpty() ? 0 : count(VISIBLE, scope.ownerIds());
    }
}
