package io.forecourt.lead;

import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Leads, read through an {@link OwnerScope}: a rep's own, a manager's team's, an admin's all. */
@ApplicationScoped
class LeadRepository implements PanacheRepository<Lead> {

    Optional<Lead> findVisible(long id, OwnerScope scope) {
        return findByIdOptional(id).filter(l -> scope.all() || scope.includes(l.getOwnerId()));
    }

    List<Lead> search(OwnerScope scope, Lead.Status status, String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            if (scope.ownerIds().isEmpty()) {
                return List.of();
            }
            where.append(" and ownerId in :owners");
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
}
