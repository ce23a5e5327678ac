package io.forecourt.lead;

import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Leads, read through an {@link OwnerScope}: a rep's own and their territory's, a manager's team's,
 * an admin's all.
 */
@ApplicationScoped
public class LeadRepository implements PanacheRepository<Lead> {

    /** In scope: leads owned by one of the scope's users or lying in a territory one of them works. */
    static final String VISIBLE = "(ownerId in :owners or territoryId in (select t.id from Territory t where t.repId in :owners))";

    Optional<Lead> findVisible(long id, OwnerScope scope) {
        if (scope.all()) {
            return findByIdOptional(id);
        }
        if (scope.ownerIds().isEmpty()) {
            return Optional.empty();
        }
        return find("id = :id and " + VISIBLE, Parameters.with("id", id).and("owners", scope.ownerIds()))
                .firstResultOptional();
    }

    /** Which of {@code ids} the scope sees (e.g. the leads a flagged duplicate may be merged into). */
    Set<Long> visibleAmong(Collection<Long> ids, OwnerScope scope) {
        if (ids.isEmpty() || !scope.all() && scope.ownerIds().isEmpty()) {
            return Set.of();
        }
        var query = getEntityManager().createQuery("select id from Lead where id in :ids"
                + (scope.all() ? "" : " and " + VISIBLE), Long.class).setParameter("ids", ids);
        if (!scope.all()) {
            query.setParameter("owners", scope.ownerIds());
        }
        return Set.copyOf(query.getResultList());
    }

    List<Lead> search(OwnerScope scope, Lead.Status status, String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            if (scope.ownerIds().isEmpty()) {
                return List.of();
            }
            where.append(" and ").append(VISIBLE);
            params.and("owners", scope.ownerIds());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(name) like :q escape '!' or lower(company) like :q escape '!'"
                    + " or lower(email) like :q escape '!' or lower(city) like :q escape '!')");
            String s = q.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.and("q", "%" + s + "%");
        }
        return list(where + " order by createdAt desc, id desc", params);
    }

    /**
     * The oldest live lead the keys match, strongest key first (email, then phone, then name and city).
     * Merged leads are history, not candidates.
     */
    Optional<Duplicate> firstMatch(Lead lead) {
        String[][] keys = {{"emailKey", lead.getEmailKey(), "same email"},
                {"phoneKey", lead.getPhoneKey(), "same phone number"},
                {"nameCityKey", lead.getNameCityKey(), "same name in the same city"}};
        for (String[] key : keys) {
            if (key[1] == null) {
                continue;
            }
            Optional<Lead> match = find(key[0] + " = ?1 and status <> ?2 and id <> ?3 order by id",
                    key[1], Lead.Status.MERGED, lead.getId() == null ? -1L : lead.getId()).firstResultOptional();
            if (match.isPresent()) {
                return Optional.of(new Duplicate(match.get().getId(), key[2]));
            }
        }
        return Optional.empty();
    }

    record Duplicate(long leadId, String reason) {
    }

    /** How many leads were created in [from, to) for these owners. */
    public long countCreated(java.util.Collection<Long> ownerIds, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        if (ownerIds == null || ownerIds.isEmpty()) {
            return 0;
        }
        return count("ownerId in ?1 and createdAt >= ?2 and createdAt < ?3", ownerIds, from, to);
    }
}
