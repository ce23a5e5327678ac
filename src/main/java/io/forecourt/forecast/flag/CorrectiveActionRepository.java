package io.forecourt.forecast.flag;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CorrectiveActionRepository implements PanacheRepository<CorrectiveAction> {

    List<CorrectiveAction> search(Collection<Long> repIds, CorrectiveAction.Status status) {
        if (repIds != null && repIds.isEmpty()) {
            return List.of();
        }
        String where = status == null ? "1 = 1" : "status = :status";
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (status != null) {
            p.and("status", status);
        }
        if (repIds != null) {
            where += " and repId in :reps";
            p.and("reps", repIds);
        }
        return list(where + " order by dueOn, id", p);
    }
}
