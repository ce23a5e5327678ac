package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {

    /** Accounts the scope's owners may see: the account package's one definition. */
    static final String VISIBLE_ACCOUNTS = io.forecourt.account.AccountRepository.VISIBLE_ACCOUNT_IDS;

    /** Filters of GET /api/activities; null means "any". */
    record Filter(Long accountId, Long ownerId, OffsetDateTime from, OffsetDateTime to, Boolean done) {
    }

    /**
     * Another user's activity with the same account and purpose that is still planned (and not
     * abandoned: planned within the window) or was done within the window around {@code at}.
     */
    Optional<Activity> findClash(long accountId, String purpose, long userId, Long exceptId,
                                 OffsetDateTime at, OffsetDateTime plannedSince, java.time.Duration window) {
        return find("accountId = :account and purpose = :purpose and ownerId <> :user and id <> :except and ("
                        + "(doneAt is null and plannedAt >= :plannedSince)"
                        + " or (doneAt between :from and :to)) order by coalesce(doneAt, plannedAt) desc",
                Parameters.with("account", accountId).and("purpose", purpose).and("user", userId)
                        .and("except", exceptId == null ? -1L : exceptId).and("plannedSince", plannedSince)
                        .and("from", at.minus(window)).and("to", at.plus(window)))
                .firstResultOptional();
    }

    List<Activity> search(Filter f, OwnerScope scope, int limit) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (!scope.all()) {
            if (scope.ownerIds().isEmpty()) {
                return List.of();
            }
            where.add("accountId in " + VISIBLE_ACCOUNTS);
            p.and("owners", scope.ownerIds());
        }
        if (f.accountId() != null) {
            where.add("accountId = :account");
            p.and("account", f.accountId());
        }
        if (f.ownerId() != null) {
            where.add("ownerId = :owner");
            p.and("owner", f.ownerId());
        }
        if (f.from() != null) {
            where.add("coalesce(doneAt, plannedAt) >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("coalesce(doneAt, plannedAt) < :to");
            p.and("to", f.to());
        }
        if (f.done() != null) {
            where.add(f.done() ? "doneAt is not null" : "doneAt is null");
        }
        String query = "from Activity" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by coalesce(doneAt, plannedAt) desc, id desc";
        return find(query, p).page(0, limit).list();
    }

    List<Activity> plannedBetween(long ownerId, OffsetDateTime from, OffsetDateTime to) {
        return list("ownerId = ?1 and doneAt is null and plannedAt >= ?2 and plannedAt < ?3 order by plannedAt",
                ownerId, from, to);
    }

    /** Follow-ups due by {@code date} that no later done contact with the account has answered. */
    List<Activity> overdueFollowUps(long ownerId, java.time.LocalDate date) {
        return list("from Activity a where a.ownerId = ?1 and a.followUpOn <= ?2 and not exists (select 1 from Activity b"
                + " where b.accountId = a.accountId and b.id <> a.id and b.doneAt is not null"
                + " and b.doneAt > coalesce(a.doneAt, a.plannedAt)) order by a.followUpOn", ownerId, date);
    }

    List<Account> prospectsNeverContacted(OwnerScope scope, int limit) {
        if (!scope.all() && scope.ownerIds().isEmpty()) {
            return List.of();
        }
        // newest first: a fresh lead is the one worth calling today
        var query = getEntityManager().createQuery("select acc from Account acc where acc.status = :prospect"
                        + " and not exists (select 1 from Activity x where x.accountId = acc.id)"
                        + (scope.all() ? "" : " and acc.id in " + VISIBLE_ACCOUNTS)
                        + " order by acc.createdAt desc, acc.id desc", Account.class)
                .setParameter("prospect", Account.Status.PROSPECT).setMaxResults(limit);
        if (!scope.all()) {
            query.setParameter("owners", scope.ownerIds());
        }
        return query.getResultList();
    }

    /** [ownerId, done calls, successful calls] for done calls in [from, to). */
    List<Object[]> callTallies(OwnerScope scope, OffsetDateTime from, OffsetDateTime to) {
        if (!scope.all() && scope.ownerIds().isEmpty()) {
            return List.of();
        }
        String q = "select a.ownerId, count(a), sum(case when a.outcome in :successes then 1 else 0 end)"
                + " from Activity a where a.type = :call and a.doneAt >= :from and a.doneAt < :to"
                + (scope.all() ? "" : " and a.ownerId in :owners") + " group by a.ownerId order by a.ownerId";
        var query = getEntityManager().createQuery(q, Object[].class)
                .setParameter("successes", Activity.Outcome.successes())
                .setParameter("call", Activity.Type.CALL)
                .setParameter("from", from).setParameter("to", to);
        if (!scope.all()) {
            query.setParameter("owners", scope.ownerIds());
        }
        return query.getResultList();
    }

    /** Done activities in [from, to) of these owners (or on these accounts when {@code accountIds} is given). */
    public List<Activity> doneBetween(java.util.Collection<Long> ownerIds, java.util.Collection<Long> accountIds,
                                      OffsetDateTime from, OffsetDateTime to) {
        return between(ownerIds, accountIds, from, to, true);
    }

    /** Activities still planned for [from, to) of these owners (or on these accounts). */
    public List<Activity> plannedFor(java.util.Collection<Long> ownerIds, java.util.Collection<Long> accountIds,
                                     OffsetDateTime from, OffsetDateTime to) {
        return between(ownerIds, accountIds, from, to, false);
    }

    private List<Activity> between(java.util.Collection<Long> ownerIds, java.util.Collection<Long> accountIds,
                                   OffsetDateTime from, OffsetDateTime to, boolean done) {
        if ((ownerIds == null || ownerIds.isEmpty()) && (accountIds == null || accountIds.isEmpty())) {
            return List.of();
        }
        Parameters p = Parameters.with("from", from).and("to", to);
        String where = done ? "doneAt >= :from and doneAt < :to" : "doneAt is null and plannedAt >= :from and plannedAt < :to";
        if (accountIds != null) {
            where += " and accountId in :accounts";
            p.and("accounts", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        } else {
            where += " and ownerId in :owners";
            p.and("owners", ownerIds);
        }
        return list(where + " order by coalesce(doneAt, plannedAt), id", p);
    }

    /** The rep's follow-ups due by {@code date} that nothing answered yet (as My day lists them). */
    public List<Activity> overdueFollowUpsOf(long ownerId, java.time.LocalDate date) {
        return overdueFollowUps(ownerId, date);
    }

    /** When each of these accounts was last contacted by a done activity, by account id (absent: never). */
    public java.util.Map<Long, OffsetDateTime> lastDoneOn(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, OffsetDateTime> out = new java.util.HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        getEntityManager().createQuery("select a.accountId, max(a.doneAt) from Activity a where a.doneAt is not null"
                        + " and a.accountId in :ids group by a.accountId", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(r -> out.put((Long) r[0], (OffsetDateTime) r[1]));
        return out;
    }
}
