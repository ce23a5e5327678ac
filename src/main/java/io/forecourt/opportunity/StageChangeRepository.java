package io.forecourt.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepository<StageChange> {

    public List<StageChange> of(long opportunityId) {
        return list("opportunityId = ?1 order by changedAt, id", opportunityId);
    }
}
