package io.forecourt.forecast.accuracy;

import io.forecourt.common.config.BusinessTime;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.ForecastConfig;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.pipeline.ForecastEntry;
import io.forecourt.forecast.pipeline.ForecastService;
import io.forecourt.opportunity.Opportunity;
import io.forecourt.opportunity.OpportunityRepository;
import io.forecourt.opportunity.StageChange;
import io.forecourt.opportunity.StageChangeRepository;
import io.forecourt.security.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statistical forecast and the accuracy backtest over Forecourt's own opportunity history. */
@ApplicationScoped
public class AccuracyService {

    public record Statistical(String period, String subject, LocalDate asOf, BigDecimal mean, BigDecimal p10,
                              BigDecimal p50, BigDecimal p90, BigDecimal alreadyWon, int openDeals,
                              Map<String, Double> winRates) {
    }

    public record Accuracy(List<String> periods, List<Backtest.Score> scores, List<Backtest.Sample> samples) {
    }

    @Inject
    ForecastAccess access;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    StageChangeRepository changes;

    @Inject
    ForecastService forecasts;

    @Inject
    ForecastConfig config;

    @Inject
    BusinessTime time;

    public Statistical statistical(String period, String scope, Long id) {
        Subject s = subject(scope, id);
        return statistical(s, Period.parse(period), time.today());
    }

    /** Learned from every closed deal (the whole sales force), applied to the subject's open deals. */
    public Statistical statistical(Subject s, Period p, LocalDate asOf) {
        List<DealHistory> all = deals(null);
        StatisticalForecast.Model model = StatisticalForecast.learn(all, asOf, forecasts::defaultProbability);
        List<DealHistory> own = all.stream().filter(d -> s.ownerIds().contains(d.ownerId())).toList();
        StatisticalForecast.Result r = StatisticalForecast.forecast(model, own, p.start(), p.end(), asOf,
                config.simulations(), p.start().toEpochDay() ^ s.id());
        Map<String, Double> rates = new LinkedHashMap<>();
        r.winRates().forEach((k, v) -> rates.put(k.name(), Math.round(v * 1000) / 1000.0));
        return new Statistical(p.code(), s.name(), asOf, money(r.mean()), money(r.p10()), money(r.p50()), money(r.p90()),
                money(r.alreadyWon()), r.openDeals(), rates);
    }

    /** The last {@code months} finished months, per rep and team of the caller's scope. */
    public Accuracy accuracy(Integer months) {
        int n = months == null ? 6 : Math.max(1, Math.min(24, months));
        Map<Long, Long> teams = new LinkedHashMap<>();
        if (access.managedTeams().isEmpty()) {
            Subject me = access.subject(Scope.REP, access.userId());
            teams.put(me.id(), me.teamId() == null ? 0L : me.teamId());
        } else {
            for (Team t : access.visibleTeams()) {
                access.reps(t.getId()).forEach(u -> teams.put(u.getId(), t.getId()));
            }
        }
        List<Period> periods = new ArrayList<>();
        Period p = Period.monthOf(time.today()).previous();
        for (int i = 0; i < n; i++, p = p.previous()) {
            periods.add(0, p);
        }
        List<Backtest.Entry> entries = forecasts.entriesOf(teams.keySet()).stream().map(AccuracyService::entry).toList();
        Backtest.Result r = Backtest.run(deals(null), entries, periods, teams, forecasts::defaultProbability, 300, 11L);
        return new Accuracy(periods.stream().map(Period::code).toList(), r.scores(), r.samples());
    }

    /** The deals of these owners (null: everyone's) in the forecast currency, as plain histories. */
    List<DealHistory> deals(Collection<Long> owners) {
        List<Opportunity> opps = opportunities.allOf(owners).stream()
                .filter(o -> config.currency().equals(o.getCurrency())).toList();
        Map<Long, List<StageChange>> history = changes.ofAll(opps.stream().map(Opportunity::getId).toList());
        List<DealHistory> out = new ArrayList<>();
        for (Opportunity o : opps) {
            List<DealHistory.Entered> stages = new ArrayList<>();
            for (StageChange c : history.getOrDefault(o.getId(), List.of())) {
                stages.add(new DealHistory.Entered(c.getTo(), c.getChangedAt().atZoneSameInstant(time.zone()).toLocalDate()));
            }
            if (stages.isEmpty()) {
                stages.add(new DealHistory.Entered(o.getStage(), o.getCreatedAt().atZoneSameInstant(time.zone()).toLocalDate()));
            }
            out.add(new DealHistory(o.getId(), o.getOwnerId(), o.getAmount().doubleValue(), o.getExpectedCloseDate(), stages));
        }
        return out;
    }

    private Subject subject(String scope, Long id) {
        Scope s = Scope.parse(scope);
        if (id != null) {
            return access.readable(s, id);
        }
        if (s == Scope.REP) {
            return access.readable(s, access.userId());
        }
        return access.visibleTeams().stream().findFirst().map(t -> access.readable(Scope.TEAM, t.getId()))
                .orElseThrow(() -> io.forecourt.common.web.ForecourtException.badRequest("Name the team with id"));
    }

    private static Backtest.Entry entry(ForecastEntry e) {
        return new Backtest.Entry(e.getSubjectId(), e.getPeriod(), e.getKind() == ForecastEntry.Kind.ADJUSTED,
                e.getCommit().doubleValue(), e.getEnteredAt().toLocalDate());
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

}
