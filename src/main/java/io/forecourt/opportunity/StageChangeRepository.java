package io.forecourt.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepository<StageChange> {

    public List<StageChange> of(long opportunityId) {
        return list("opportunityId = ?1 order by changedAt, id", opportunityId);
    }

    /** The stage histories of these opportunities, by opportunity id, oldest first. */
    public java.util.Map<Long, List<StageChange>> ofAll(java.util.Collection<Long> opportunityIds) {
        java.util.Map<Long, List<StageChange>> out = new java.util.HashMap<>();
        if (!opportunityIds.isEmpty()) {
            list("opportunityId in ?1 order by changedAt, id", opportunityIds)
                    .forEach(c -> out.computeIfAbsent(c.getOpportunityId(), k -> new java.util.ArrayList<>()).add(c));
        }
        return out;
    }
}
