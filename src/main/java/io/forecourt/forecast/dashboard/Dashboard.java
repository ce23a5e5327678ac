package io.forecourt.forecast.dashboard;

import io.forecourt.activity.Activity;
import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.accuracy.AccuracyService;
import io.forecourt.forecast.attainment.Attainment;
import io.forecourt.forecast.attainment.AttainmentService;
import io.forecourt.forecast.flag.ActionJson;
import io.forecourt.forecast.flag.CorrectiveActions;
import io.forecourt.forecast.flag.FlagService;
import io.forecourt.forecast.pipeline.ForecastJson;
import io.forecourt.forecast.pipeline.ForecastService;
import io.forecourt.forecast.quota.QuotaService;
import io.forecourt.security.Team;
import io.forecourt.security.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** What /dashboard shows: one subject (a rep, or a team for its manager and admins) in one month. */
@ApplicationScoped
public class Dashboard {

    /** One rep's (or the rep's own metrics') attainment row. */
    public record AttainmentRow(String name, Metric metric, BigDecimal quota, BigDecimal actual, BigDecimal percent,
                                BigDecimal projection, Attainment.Status status) {
    }

    public record TrendRow(String period, BigDecimal quota, BigDecimal actual) {
    }

    /** Hours per activity type in a week: done (from durations) and planned (from planned activities). */
    public record TimeRow(String rep, String type, BigDecimal done, BigDecimal planned) {
    }

    public record Forecast(BigDecimal quota, ForecastJson.Figures submitted, ForecastJson.Figures adjusted,
                           BigDecimal weighted, AccuracyService.Statistical statistical) {
    }

    public record View(String period, String subjectName, Scope scope, long subjectId, List<Team> teams,
                       List<AttainmentRow> attainment, String attainmentChart, ForecastJson.Pipeline pipeline,
                       String pipelineChart, Forecast forecast, String forecastChart, List<TrendRow> trend,
                       String trendChart, List<FlagService.FlagView> flags, List<ActionJson.ActionView> actions,
                       LocalDate weekOf, List<TimeRow> time, BigDecimal sellingHours, BigDecimal sellingStandard,
                       String timeChart, boolean manages) {
    }

    @Inject
    ForecastAccess access;

    @Inject
    AttainmentService attainment;

    @Inject
    ForecastService forecasts;

    @Inject
    AccuracyService accuracy;

    @Inject
    QuotaService quotas;

    @Inject
    FlagService flags;

    @Inject
    CorrectiveActions actions;

    @Inject
    Actuals actuals;

    public View of(String periodCode, Long teamId) {
        LocalDate today = actuals.today();
        Period period = periodCode == null || periodCode.isBlank() ? Period.monthOf(today) : Period.parse(periodCode);
        List<Team> teams = access.visibleTeams();
        Subject subject;
        if (teams.isEmpty()) {
            subject = access.readable(Scope.REP, access.userId());
        } else {
            long id = teamId != null ? teamId : teams.get(0).getId();
            subject = access.readable(Scope.TEAM, id);
        }
        List<AttainmentRow> rows = new ArrayList<>();
        List<Svg.Bar> bars = new ArrayList<>();
        if (subject.scope() == Scope.TEAM) {
            for (User u : access.reps(subject.id())) {
                Attainment a = attainment.of(access.subject(Scope.REP, u.getId()), period, today);
                a.target(Metric.REVENUE).ifPresentOrElse(t -> {
                    rows.add(new AttainmentRow(u.getDisplayName(), t.metric(), t.quota(), t.actual(), t.attainmentPercent(),
                            t.projection(), t.status()));
                    bars.add(new Svg.Bar(u.getDisplayName(), t.actual().doubleValue(), t.quota().doubleValue(), null, null,
                            tone(t.status())));
                }, () -> rows.add(new AttainmentRow(u.getDisplayName(), Metric.REVENUE, null, null, null, null, null)));
            }
        } else {
            for (Attainment.Target t : attainment.of(subject, period, today).targets()) {
                rows.add(new AttainmentRow(t.metric().words(), t.metric(), t.quota(), t.actual(), t.attainmentPercent(),
                        t.projection(), t.status()));
                double pct = t.attainmentPercent() == null ? 0 : t.attainmentPercent().doubleValue();
                bars.add(new Svg.Bar(t.metric().words() + " %", pct, 100.0, null, null, tone(t.status())));
            }
        }
        ForecastJson.Pipeline pipe = forecasts.pipeline(subject, period);
        List<Svg.Bar> stageBars = pipe.byStage().stream().filter(b -> b.count() > 0)
                .map(b -> new Svg.Bar(words(b.name()) + " (" + b.count() + ")", b.amount().doubleValue(),
                        null, null, null, "muted")).toList();
        ForecastJson.Line line = subject.scope() == Scope.TEAM
                ? forecasts.rollUp(period.code(), "team", subject.id()).total()
                : forecasts.rollUp(period.code(), "rep", subject.id()).total();
        AccuracyService.Statistical stat = accuracy.statistical(subject, period, today);
        Forecast forecast = new Forecast(line.quota(), line.submitted(), line.adjusted(), line.weightedPipeline(), stat);
        List<Svg.Bar> forecastBars = new ArrayList<>();
        Double quota = line.quota() == null ? null : line.quota().doubleValue();
        if (line.submitted() != null) {
            forecastBars.add(new Svg.Bar("Submitted commit", line.submitted().commit().doubleValue(), quota, null, null, "a"));
        }
        if (line.adjusted() != null) {
            forecastBars.add(new Svg.Bar("Adjusted commit", line.adjusted().commit().doubleValue(), quota, null, null, "b"));
        }
        forecastBars.add(new Svg.Bar("Weighted pipeline", line.weightedPipeline().doubleValue(), quota, null, null, "c"));
        forecastBars.add(new Svg.Bar("Statistical (10–90 %)", stat.mean().doubleValue(), quota, stat.p10().doubleValue(),
                stat.p90().doubleValue(), "d"));
        List<TrendRow> trend = new ArrayList<>();
        Period p = Period.monthOf(period.start());
        for (int i = 0; i < 6; i++, p = p.previous()) {
            Attainment a = attainment.of(subject, p, today);
            Period shown = Period.parse(a.period());
            BigDecimal actual = a.target(Metric.REVENUE).map(Attainment.Target::actual)
                    .orElseGet(() -> actuals.of(subject, Metric.REVENUE, shown.start(), shown.end()));
            trend.add(0, new TrendRow(a.period(), a.target(Metric.REVENUE).map(Attainment.Target::quota).orElse(null), actual));
        }
        List<Svg.Bar> trendBars = trend.stream().map(t -> new Svg.Bar(t.period(), t.actual().doubleValue(),
                t.quota() == null ? null : t.quota().doubleValue(), null, null, "a")).toList();
        List<Long> reps = subject.ownerIds();
        List<FlagService.FlagView> open = new ArrayList<>();
        List<ActionJson.ActionView> taken = new ArrayList<>();
        for (long rep : reps) {
            open.addAll(flags.list("open", rep));
            taken.addAll(actions.list(null, rep));
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<TimeRow> time = new ArrayList<>();
        BigDecimal selling = BigDecimal.ZERO;
        for (long rep : reps) {
            Subject r = access.subject(Scope.REP, rep);
            List<Activity> done = actuals.doneActivities(r, monday, monday.plusDays(7));
            List<Activity> planned = actuals.plannedActivities(r, monday, monday.plusDays(7));
            for (Activity.Type type : Activity.Type.values()) {
                BigDecimal d = hours(done.stream().filter(a -> a.getType() == type).toList());
                BigDecimal pl = hours(planned.stream().filter(a -> a.getType() == type).toList());
                if (d.signum() > 0 || pl.signum() > 0) {
                    time.add(new TimeRow(r.name(), words(type.name()), d, pl));
                }
                if (type != Activity.Type.EMAIL) {
                    selling = selling.add(d);
                }
            }
        }
        Period month = Period.monthOf(today);
        BigDecimal standard = quotas.target(subject, month, Metric.SELLING_HOURS)
                .map(q -> q.multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(Math.max(1, month.sellingDays())),
                        1, java.math.RoundingMode.HALF_UP)).orElse(null);
        List<Svg.Bar> timeBars = new ArrayList<>();
        timeBars.add(new Svg.Bar("Selling time this week (h)", selling.doubleValue(),
                standard == null ? null : standard.doubleValue(), null, null, "a"));
        return new View(period.code(), subject.name(), subject.scope(), subject.id(), teams, rows,
                Svg.bars("Revenue attainment against quota", bars), pipe, Svg.bars("Pipeline by stage", stageBars), forecast,
                Svg.bars("Forecast against quota", forecastBars), trend, Svg.bars("Revenue over the last six months", trendBars),
                open, taken, monday, time, selling, standard, Svg.bars("Selling time against the standard", timeBars),
                !teams.isEmpty());
    }

    static BigDecimal hours(List<Activity> activities) {
        int minutes = activities.stream().mapToInt(a -> a.getDurationMinutes() == null ? 0 : a.getDurationMinutes()).sum();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
    }

    static String tone(Attainment.Status s) {
        return s == null ? "" : s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String words(String name) {
        String s = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
