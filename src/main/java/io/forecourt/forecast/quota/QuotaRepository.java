package io.forecourt.forecast.quota;

import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuotaRepository implements PanacheRepository<Quota> {

    public Optional<Quota> find(Scope scope, long subjectId, String period, Metric metric) {
        return find("scope = ?1 and subjectId = ?2 and period = ?3 and metric = ?4", scope, subjectId, period, metric)
                .firstResultOptional();
    }

    public List<Quota> of(Scope scope, long subjectId, Collection<String> periods) {
        return list("scope = ?1 and subjectId = ?2 and period in ?3 order by period, metric", scope, subjectId, periods);
    }

    /** Quotas in these periods of these teams' subjects (null teams: all), optionally of one scope. */
    List<Quota> search(Collection<Long> teamIds, Long ownSubject, String period, Scope scope, Long subjectId) {
        StringBuilder q = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (teamIds != null) {
            q.append(" and (teamId in :teams or (scope = :rep and subjectId = :me))");
            p.and("teams", teamIds.isEmpty() ? List.of(-1L) : teamIds).and("rep", Scope.REP)
                    .and("me", ownSubject == null ? -1L : ownSubject);
        }
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", period);
        }
        if (scope != null) {
            q.append(" and scope = :scope");
            p.and("scope", scope);
        }
        if (subjectId != null) {
            q.append(" and subjectId = :subject");
            p.and("subject", subjectId);
        }
        return find(q + " order by period, scope, subjectId, metric", p).page(0, 1000).list();
    }

    List<QuotaChange> history(long quotaId) {
        return getEntityManager().createQuery("from QuotaChange c where c.quotaId = :q order by c.id", QuotaChange.class)
                .setParameter("q", quotaId).getResultList();
    }

    void persistChange(QuotaChange change) {
        getEntityManager().persist(change);
    }
}
