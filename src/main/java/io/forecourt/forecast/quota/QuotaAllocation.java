package io.forecourt.forecast.quota;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.security.User;
import io.forecourt.territory.TerritoryProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Top-down allocation: a team quota split over the team's reps evenly, by the revenue potential of
 * the territories they work, or by their share of last period's actual. The split is shown first
 * ({@link #preview}) and saved only when asked ({@link #apply}); shares are rounded to the cent and
 * the rounding remainder goes to the largest share, so the reps' targets add up to the team's.
 */
@ApplicationScoped
public class QuotaAllocation {

    @Inject
    ForecastAccess access;

    @Inject
    QuotaService quotas;

    @Inject
    TerritoryProfiles profiles;

    @Inject
    Actuals actuals;

    public QuotaJson.Allocation preview(QuotaJson.AllocationRequest r) {
        Subject team = access.writable(Scope.TEAM, r.teamId());
        return split(team, r, false);
    }

    @Transactional
    public QuotaJson.Allocation apply(QuotaJson.AllocationRequest r) {
        Subject team = access.writable(Scope.TEAM, r.teamId());
        QuotaJson.Allocation a = split(team, r, true);
        String period = a.period();
        String reason = r.reason() == null || r.reason().isBlank()
                ? "Allocated from the team quota (" + r.method().name().toLowerCase(java.util.Locale.ROOT) + ")" : r.reason();
        if (r.target() != null) {
            quotas.upsert(team, period, r.metric(), a.target(), reason);
        }
        for (QuotaJson.Share s : a.shares()) {
            quotas.upsert(access.subject(Scope.REP, s.repId()), period, r.metric(), s.target(), reason);
        }
        return a;
    }

    private QuotaJson.Allocation split(Subject team, QuotaJson.AllocationRequest r, boolean saved) {
        Period period = Period.parse(r.period());
        BigDecimal target = r.target() != null ? QuotaService.money(r.target())
                : quotas.target(team, period, r.metric()).orElseThrow(() -> new ForecourtException(422,
                        "No team quota", "Set the team's " + r.metric() + " quota for " + period + " or name a target",
                        Map.of("violations", List.of(Violation.field("target", "team-quota-required",
                                "the team has no quota for this period and metric")))));
        List<User> reps = access.reps(team.id());
        if (reps.isEmpty()) {
            throw new ForecourtException(422, "No reps", "Team " + team.name() + " has no active rep to allocate to",
                    Map.of("violations", List.of(Violation.of("no-reps", "the team has no active rep"))));
        }
        List<BigDecimal> basis = basis(reps, r.method(), period, r);
        BigDecimal total = basis.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new ForecourtException(422, "Nothing to weigh by", "No rep has any "
                    + (r.method() == QuotaJson.Method.POTENTIAL ? "territory revenue potential" : "actual last period")
                    + " to weigh the split by; split evenly instead",
                    Map.of("violations", List.of(Violation.of("no-basis", "every rep's basis is zero",
                            reps.stream().map(User::getUsername).toList()))));
        }
        List<BigDecimal> targets = shares(target, basis, total);
        List<QuotaJson.Share> shares = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            User u = reps.get(i);
            BigDecimal current = quotas.target(access.subject(Scope.REP, u.getId()), period, r.metric()).orElse(null);
            shares.add(new QuotaJson.Share(u.getId(), u.getDisplayName(), basis.get(i),
                    basis.get(i).divide(total, 6, RoundingMode.HALF_UP).doubleValue(), targets.get(i), current));
        }
        return new QuotaJson.Allocation(team.id(), period.code(), r.metric(), r.method(), target, shares, saved,
                saved ? "Saved" : "Preview: nothing is saved until you apply it");
    }

    private List<BigDecimal> basis(List<User> reps, QuotaJson.Method method, Period period, QuotaJson.AllocationRequest r) {
        return switch (method) {
            case EVEN -> reps.stream().map(u -> BigDecimal.ONE).toList();
            case POTENTIAL -> {
                Map<Long, BigDecimal> potential = profiles.revenuePotentialByRep(reps.stream().map(User::getId).toList());
                yield reps.stream().map(u -> potential.getOrDefault(u.getId(), BigDecimal.ZERO)).toList();
            }
            case LAST_PERIOD -> {
                Period last = period.previous();
                yield reps.stream().map(u -> actuals.of(access.subject(Scope.REP, u.getId()), r.metric(),
                        last.start(), last.end())).toList();
            }
        };
    }

    /** {@code target} split by {@code basis}, to the cent, the remainder on the largest share. */
    static List<BigDecimal> shares(BigDecimal target, List<BigDecimal> basis, BigDecimal total) {
        List<BigDecimal> out = new ArrayList<>();
        int largest = 0;
        for (int i = 0; i < basis.size(); i++) {
            out.add(target.multiply(basis.get(i)).divide(total, 2, RoundingMode.DOWN));
            if (basis.get(i).compareTo(basis.get(largest)) > 0) {
                largest = i;
            }
        }
        BigDecimal rest = target.subtract(out.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        out.set(largest, out.get(largest).add(rest));
        return out;
    }
}
