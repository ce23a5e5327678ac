package io.forecourt.forecast.attainment;

import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.ForecastConfig;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.quota.QuotaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Quota against actual for a rep, team or territory: attainment, variance, run-rate and status. */
@ApplicationScoped
public class AttainmentService {

    @Inject
    ForecastAccess access;

    @Inject
    QuotaService quotas;

    @Inject
    Actuals actuals;

    @Inject
    ForecastConfig config;

    /** For the API: {@code id} defaults to the caller (scope rep); {@code asOf} to today. */
    public Attainment attainment(String period, String scope, Long id, LocalDate asOf) {
        Scope s = Scope.parse(scope);
        long subjectId = id != null ? id : s == Scope.REP ? access.userId()
                : access.visibleTeams().stream().findFirst().map(t -> t.getId())
                        .orElseThrow(() -> io.forecourt.common.web.ForecourtException.badRequest("Name the " + s.name().toLowerCase() + " with id"));
        return of(access.readable(s, subjectId), Period.parse(period), asOf == null ? actuals.today() : asOf);
    }

    /** A subject the caller may read (checked by the caller). Actuals count up to and including {@code asOf}. */
    public Attainment of(Subject subject, Period period, LocalDate asOf) {
        LocalDate until = asOf.isBefore(period.end()) ? asOf.plusDays(1) : period.end();
        Map<Metric, BigDecimal> actual = until.isAfter(period.start()) ? actuals.of(subject, period.start(), until) : Map.of();
        int all = period.sellingDays();
        int elapsed = period.elapsedSellingDays(asOf);
        List<Attainment.Target> targets = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Optional<BigDecimal> quota = quotas.target(subject, period, m);
            quota.ifPresent(q -> targets.add(Attainment.Target.of(m, q, actual.getOrDefault(m, BigDecimal.ZERO),
                    elapsed, all, config.onTrack(), config.atRisk())));
        }
        return new Attainment(period.code(), subject.scope().name().toLowerCase(java.util.Locale.ROOT), subject.id(),
                subject.name(), asOf, all, elapsed, targets);
    }
}
