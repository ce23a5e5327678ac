package io.forecourt.lead;

import io.forecourt.account.AccountRepository;
import io.forecourt.account.Territory;
import io.forecourt.account.TerritoryRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a lead without an owner goes to: the rep of the territory whose accounts lie in the lead's city,
 * else the next rep of the pool in turn. The turn is a locked row, so it survives restarts and two
 * concurrent leads never take the same one.
 */
@ApplicationScoped
class LeadAssignment {

    /** The pool of every active rep (web leads, admins). */
    static final String ALL_REPS = "all";

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    TerritoryRepository territories;

    @Inject
    AccountRepository accounts;

    /** A pool of reps to take turns in: a key for its cursor and, when limited, the teams it spans. */
    record Pool(String key, Collection<Long> teamIds) {
        static Pool all() {
            return new Pool(ALL_REPS, null);
        }

        static Pool teams(Collection<Long> teamIds) {
            return new Pool("teams:" + teamIds.stream().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + "," + b).orElse(""), teamIds);
        }
    }

    /** The territory whose accounts lie most often in this city, if any (accents and case ignored). */
    Optional<Territory> territoryOf(String city) {
        String wanted = LeadKeys.plain(city);
        if (wanted == null) {
            return Optional.empty();
        }
        List<Object[]> rows = accounts.cityTerritoryCounts();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (wanted.equals(LeadKeys.plain((String) row[0]))) {
                counts.merge((Long) row[1], (Long) row[2], Long::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .flatMap(e -> territories.findByIdOptional(e.getKey()));
    }

    /** Sets territory and owner of a lead nobody owns yet; the owner stays empty only when no rep exists. */
    void assign(Lead lead, Pool pool) {
        Optional<Territory> territory = territoryOf(lead.getCity());
        territory.ifPresent(t -> lead.setTerritoryId(t.getId()));
        Long territoryRep = territory.map(Territory::getRepId).filter(rep -> inPool(rep, pool)).orElse(null);
        lead.setOwnerId(territoryRep != null ? territoryRep : nextInTurn(pool));
    }

    /** The rep after the one who had the last turn in this pool, by id, wrapping around. */
    Long nextInTurn(Pool pool) {
        List<Long> reps = reps(pool);
        if (reps.isEmpty()) {
            return null;
        }
        em.createNativeQuery("insert into lead_assignment_cursors (pool, last_rep_id) values (:pool, null)"
                + " on conflict (pool) do nothing").setParameter("pool", pool.key()).executeUpdate();
        Object last = em.createNativeQuery("select last_rep_id from lead_assignment_cursors where pool = :pool for update")
                .setParameter("pool", pool.key()).getSingleResult();
        long lastId = last == null ? Long.MIN_VALUE : ((Number) last).longValue();
        Long next = reps.stream().filter(id -> id > lastId).findFirst().orElse(reps.get(0));
        em.createNativeQuery("update lead_assignment_cursors set last_rep_id = :rep where pool = :pool")
                .setParameter("rep", next).setParameter("pool", pool.key()).executeUpdate();
        return next;
    }

    private boolean inPool(Long repId, Pool pool) {
        return repId != null && reps(pool).contains(repId);
    }

    private List<Long> reps(Pool pool) {
        List<User> candidates = pool.teamIds() == null
                ? users.list("active = true and (',' || roles || ',') like ?1 order by id", "%,rep,%")
                : pool.teamIds().isEmpty() ? List.of()
                : users.list("active = true and (',' || roles || ',') like ?1 and teamId in ?2 order by id",
                        "%,rep,%", pool.teamIds());
        return candidates.stream().map(User::getId).filter(Objects::nonNull).toList();
    }
}
