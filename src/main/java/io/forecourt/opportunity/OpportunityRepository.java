package io.forecourt.opportunity;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.OwnerScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Opportunities, always read through the visibility of the accounts they hang on. */
@ApplicationScoped
public class OpportunityRepository implements PanacheRepository<Opportunity> {

    /** What a list asks for, each optional; {@code stages} empty means every stage. */
    public record Filter(Collection<Stage> stages, Long ownerId, Long accountId, LocalDate closingBefore) {
    }

    public List<Opportunity> search(Filter filter, OwnerScope scope, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!scope.all()) {
            if (scope.ownerIds().isEmpty()) {
                return List.of();
            }
            where.append(" and accountId in ").append(AccountRepository.VISIBLE_ACCOUNT_IDS);
            params.and("owners", scope.ownerIds());
        }
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            where.append(" and stage in :stages");
            params.and("stages", filter.stages());
        }
        if (filter.ownerId() != null) {
            where.append(" and ownerId = :owner");
            params.and("owner", filter.ownerId());
        }
        if (filter.accountId() != null) {
            where.append(" and accountId = :account");
            params.and("account", filter.accountId());
        }
        if (filter.closingBefore() != null) {
            where.append(" and expectedCloseDate < :before");
            params.and("before", filter.closingBefore());
        }
        return find(where.toString(), Sort.by("expectedCloseDate").and("id"), params).range(0, limit - 1).list();
    }

    /** Opportunities of these owners expected to close in [from, to), any stage (for forecasts). */
    public List<Opportunity> closingBetween(Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        if (ownerIds == null || ownerIds.isEmpty()) {
            return List.of();
        }
        return list("ownerId in ?1 and expectedCloseDate >= ?2 and expectedCloseDate < ?3 order by expectedCloseDate, id",
                ownerIds, from, to);
    }

    /** The open opportunities of these owners (for the control loop's flags). */
    public List<Opportunity> openOf(Collection<Long> ownerIds) {
        if (ownerIds == null || ownerIds.isEmpty()) {
            return List.of();
        }
        return list("ownerId in ?1 and stage in ?2 order by id", ownerIds, Stage.OPEN);
    }

    /** Every opportunity of these owners, any stage (null: everyone's), for learning conversion rates. */
    public List<Opportunity> allOf(Collection<Long> ownerIds) {
        return ownerIds == null ? listAll() : ownerIds.isEmpty() ? List.of() : list("ownerId in ?1 order by id", ownerIds);
    }
}
