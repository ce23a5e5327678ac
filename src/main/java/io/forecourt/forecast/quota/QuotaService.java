package io.forecourt.forecast.quota;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Sets, changes and reads quotas; every change is recorded with who, when, old → new and why. */
@ApplicationScoped
public class QuotaService {

    @Inject
    QuotaRepository quotas;

    @Inject
    ForecastAccess access;

    public List<QuotaJson.QuotaView> list(String period, String scope, Long subjectId) {
        if (period != null) {
            Period.parse(period);
        }
        Scope s = scope == null ? null : Scope.parse(scope);
        if (s != null && subjectId != null) {
            access.readable(s, subjectId);
        }
        List<Long> teams = access.isAdmin() ? null : List.copyOf(access.managedTeams());
        return quotas.search(teams, access.userId(), period == null ? null : period.toUpperCase(java.util.Locale.ROOT),
                s, subjectId).stream().map(this::view).toList();
    }

    public QuotaJson.QuotaView get(long id) {
        return view(readable(id));
    }

    public List<QuotaJson.ChangeView> history(long id) {
        readable(id);
        return quotas.history(id).stream().map(c -> new QuotaJson.ChangeView(c.getChangedAt(),
                access.nameOf(c.getChangedBy()), c.getOldTarget(), c.getNewTarget(), c.getReason())).toList();
    }

    @Transactional
    public QuotaJson.QuotaView create(QuotaJson.NewQuota r) {
        Subject s = access.writable(Scope.parse(r.scope()), r.subjectId());
        String period = Period.parse(r.period()).code();
        if (quotas.find(s.scope(), s.id(), period, r.metric()).isPresent()) {
            throw ForecourtException.conflict("There is already a " + r.metric() + " quota for " + s.name() + " in "
                    + period + "; change that one (PUT with its version)");
        }
        Quota q = new Quota(s.scope(), s.id(), s.teamId(), period, r.metric(), money(r.target()));
        quotas.persist(q);
        quotas.persistChange(new QuotaChange(q.getId(), null, q.getTarget(), access.userId(), reason(r.reason())));
        quotas.flush();
        return view(q);
    }

    @Transactional
    public QuotaJson.QuotaView update(long id, QuotaJson.QuotaUpdate r) {
        Quota q = readable(id);
        access.writable(q.getScope(), q.getSubjectId());
        if (r.version() != q.getVersion()) {
            throw ForecourtException.stale("quota", q.getVersion());
        }
        change(q, r.target(), r.reason());
        quotas.flush();
        return view(q);
    }

    /** Sets or changes the subject's quota (no version check: allocation and corrective actions). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Quota upsert(Subject s, String period, Metric metric, BigDecimal target, String reason) {
        Optional<Quota> existing = quotas.find(s.scope(), s.id(), period, metric);
        if (existing.isPresent()) {
            change(existing.get(), target, reason);
            return existing.get();
        }
        Quota q = new Quota(s.scope(), s.id(), s.teamId(), period, metric, money(target));
        quotas.persist(q);
        quotas.persistChange(new QuotaChange(q.getId(), null, q.getTarget(), access.userId(), reason(reason)));
        return q;
    }

    /**
     * The target of a subject in a period: its own quota, or for a quarter without one the sum of its
     * months' quotas (empty when neither is set).
     */
    public Optional<BigDecimal> target(Subject s, Period period, Metric metric) {
        Optional<Quota> own = quotas.find(s.scope(), s.id(), period.code(), metric);
        if (own.isPresent() || !period.isQuarter()) {
            return own.map(Quota::getTarget);
        }
        List<Quota> months = quotas.of(s.scope(), s.id(), period.months().stream().map(Period::code).toList()).stream()
                .filter(q -> q.getMetric() == metric).toList();
        return months.isEmpty() ? Optional.empty()
                : Optional.of(months.stream().map(Quota::getTarget).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private void change(Quota q, BigDecimal target, String reason) {
        BigDecimal next = money(target);
        if (next.compareTo(q.getTarget()) == 0) {
            return;
        }
        quotas.persistChange(new QuotaChange(q.getId(), q.getTarget(), next, access.userId(), reason(reason)));
        q.setTarget(next);
    }

    private Quota readable(long id) {
        Quota q = quotas.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Quota " + id));
        Subject s = access.subject(q.getScope(), q.getSubjectId());
        if (!access.canRead(s)) {
            throw ForecourtException.notFound("Quota " + id);
        }
        return q;
    }

    QuotaJson.QuotaView view(Quota q) {
        String name;
        try {
            name = access.subject(q.getScope(), q.getSubjectId()).name();
        } catch (ForecourtException gone) {
            name = null;
        }
        return new QuotaJson.QuotaView(q.getId(), q.getScope().name().toLowerCase(java.util.Locale.ROOT), q.getSubjectId(),
                name, q.getPeriod(), q.getMetric(), q.getTarget(), q.getVersion(), q.getUpdatedAt());
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String reason(String r) {
        return r == null || r.isBlank() ? null : r.strip();
    }
}
