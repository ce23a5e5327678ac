package io.forecourt.forecast.pipeline;

import io.forecourt.forecast.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Panache repositories of forecasts. */
final class ForecastRepositories {

    private ForecastRepositories() {
    }

    @ApplicationScoped
    static class Overrides implements PanacheRepositoryBase<CategoryOverride, Long> {
        Map<Long, CategoryOverride> of(Collection<Long> opportunityIds) {
            Map<Long, CategoryOverride> out = new HashMap<>();
            if (!opportunityIds.isEmpty()) {
                list("opportunityId in ?1", opportunityIds).forEach(o -> out.put(o.getOpportunityId(), o));
            }
            return out;
        }
    }

    @ApplicationScoped
    static class Entries implements PanacheRepository<ForecastEntry> {
        /** The newest entry of a kind for a subject and period as it stood at {@code asOf} (null: now). */
        Optional<ForecastEntry> current(ForecastEntry.Kind kind, Scope scope, long subjectId, String period,
                                        OffsetDateTime asOf) {
            return find("kind = ?1 and scope = ?2 and subjectId = ?3 and period = ?4 and enteredAt <= ?5"
                            + " order by enteredAt desc, id desc", kind, scope, subjectId, period,
                    asOf == null ? OffsetDateTime.now().plusYears(100) : asOf).firstResultOptional();
        }

        /** Every rep-level entry of these reps (for the backtest). */
        List<ForecastEntry> ofReps(Collection<Long> repIds) {
            return repIds.isEmpty() ? List.of() : list("scope = ?1 and subjectId in ?2 order by enteredAt, id", Scope.REP, repIds);
        }

        List<ForecastEntry> history(Scope scope, long subjectId, String period) {
            return list("scope = ?1 and subjectId = ?2 and period = ?3 order by enteredAt, id", scope, subjectId, period);
        }
    }
}
