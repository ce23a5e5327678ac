package io.forecourt.account;

import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts, always read through an {@link OwnerScope}: in scope are the accounts owned by one of
 * the scope's users or lying in a territory one of them works.
 */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    static final String VISIBLE = "(ownerId in ?1 or territoryId in (select t.id from Territory t where t.repId in ?1))";

    /**
     * The ids of the accounts the owners in {@code :owners} may see, as a JPQL subquery: other
     * features filter what hangs on accounts with {@code accountId in VISIBLE_ACCOUNT_IDS}.
     */
    public static final String VISIBLE_ACCOUNT_IDS = "(select acc.id from Account acc where acc.ownerId in :owners"
            + " or acc.territoryId in (select t.id from Territory t where t.repId in :owners))";

    /** {@link #VISIBLE} with a named parameter, for queries that add filters. */
    static final String VISIBLE_NAMED = "(ownerId in :owners or territoryId in (select t.id from Territory t where t.repId in :owners))";

    /** What a list asks for: a name or city fragment and a status, each optional. */
    public record Filter(String q, Account.Status status) {
    }

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

    /** One page (0-based) of the visible accounts matching the filter, by name. */
    public List<Account> search(OwnerScope scope, Filter filter, int page, int size) {
        return query(scope, filter).map(q -> q.page(page, size).list()).orElse(List.of());
    }

    /** Every visible account matching the filter (exports). */
    public List<Account> searchAll(OwnerScope scope, Filter filter) {
        return query(scope, filter).map(PanacheQuery::list).orElse(List.of());
    }

    public long countSearch(OwnerScope scope, Filter filter) {
        return query(scope, filter).map(PanacheQuery::count).orElse(0L);
    }

    private Optional<PanacheQuery<Account>> query(OwnerScope scope, Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            if (scope.ownerIds().isEmpty()) {
                return Optional.empty();
            }
            where.append(" and ").append(VISIBLE_NAMED);
            params.and("owners", scope.ownerIds());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(name) like :q escape '!' or lower(city) like :q escape '!')");
            params.and("q", "%" + likeEscaped(filter.q().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        return Optional.of(find(where.toString(), Sort.by("name").and("id"), params));
    }

    /** A search for "100%" means the characters, not a wildcard. */
    private static String likeEscaped(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A where clause and its parameters, for a Panache query on records that hang on accounts. */
    public record OnAccounts(String where, Parameters parameters) {
    }

    /**
     * Records (with {@code accountId} and {@code status}) on accounts the scope may see, optionally of one
     * status and one account: quotes and orders list themselves this way.
     */
    public static OnAccounts onVisibleAccounts(OwnerScope scope, Object status, Long accountId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!scope.all()) {
            where.append(" and accountId in ").append(VISIBLE_ACCOUNT_IDS);
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
        return new OnAccounts(where.toString(), p);
    }

    /** How many accounts of each territory lie in each city: (city as stored, territory id, count). */
    public List<Object[]> cityTerritoryCounts() {
        return getEntityManager().createQuery("select a.city, a.territoryId, count(a) from Account a"
                + " where a.city is not null and a.territoryId is not null group by a.city, a.territoryId",
                Object[].class).getResultList();
    }

    /** The middle of each owner's located accounts (latitude, longitude), by owner id. */
    public java.util.Map<Long, double[]> ownerCentres() {
        java.util.Map<Long, double[]> out = new java.util.HashMap<>();
        getEntityManager().createQuery("select a.ownerId, avg(a.latitude), avg(a.longitude) from Account a"
                        + " where a.latitude is not null and a.longitude is not null group by a.ownerId", Object[].class)
                .getResultList().forEach(r -> out.put((Long) r[0],
                        new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()}));
        return out;
    }

    /** Active customers with a location that these reps own or whose territory these reps cover, by id. */
    public List<Account> activeLocatedOf(java.util.Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return list("status = ?1 and latitude is not null and longitude is not null and (ownerId in ?2"
                + " or territoryId in (select t.id from Territory t where t.repId in ?2)) order by id",
                Account.Status.ACTIVE, repIds);
    }

    /** Every active account with a latitude, by id (any scope: demo data hangs things on them). */
    public List<Account> activeWithLatitude() {
        return list("status = ?1 and latitude is not null order by id", Account.Status.ACTIVE);
    }

    /** The accounts with these ids (any scope: for features that check scope themselves). */
    public List<Account> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The ids of the accounts in a territory (for targets counted per territory). */
    public List<Long> idsInTerritory(long territoryId) {
        return getEntityManager().createQuery("select a.id from Account a where a.territoryId = :t order by a.id", Long.class)
                .setParameter("t", territoryId).getResultList();
    }
}
