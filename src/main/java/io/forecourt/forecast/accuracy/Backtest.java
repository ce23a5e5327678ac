package io.forecourt.forecast.accuracy;

import io.forecourt.forecast.Period;
import io.forecourt.opportunity.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Forecast accuracy over past periods: what each method said at the period's start and at mid-period
 * against what closed won in it, per rep and per team, as MAPE (mean absolute percentage error) and
 * bias (mean signed percentage error: above zero, the method promised too much). Periods whose
 * actual is zero have no percentage error and are left out.
 */
public final class Backtest {

    public enum Method { SUBMITTED_COMMIT, ADJUSTED, WEIGHTED_PIPELINE, STATISTICAL }

    public enum Moment { START, MID }

    /** A forecast figure entered for a rep ({@code adjusted}: by the manager) on a day. */
    public record Entry(long repId, String period, boolean adjusted, double commit, LocalDate on) {
    }

    /** One forecast against its actual. {@code level} is "rep" or "team"; {@code who} the rep or team id. */
    public record Sample(String level, long who, String period, Moment moment, Method method, double forecast, double actual) {
        public double error() {
            return (forecast - actual) / actual;
        }
    }

    public record Score(Method method, Moment moment, String level, int samples, double mape, double bias) {
    }

    public record Result(List<Score> scores, List<Sample> samples) {
        public double mape(Method m, Moment moment, String level) {
            return scores.stream().filter(s -> s.method() == m && s.moment() == moment && s.level().equals(level))
                    .mapToDouble(Score::mape).findFirst().orElse(Double.NaN);
        }
    }

    private Backtest() {
    }

    /**
     * @param teams each rep's team id
     */
    public static Result run(List<DealHistory> deals, List<Entry> entries, List<Period> periods, Map<Long, Long> teams,
                             ToIntFunction<Stage> defaultPercent, int runs, long seed) {
        List<Sample> samples = new ArrayList<>();
        for (Period p : periods) {
            for (Moment moment : Moment.values()) {
                LocalDate asOf = moment == Moment.START ? p.start() : p.midPoint();
                StatisticalForecast.Model model = StatisticalForecast.learn(deals, asOf.minusDays(1), defaultPercent);
                Map<Long, Map<Method, Double>> byRep = new LinkedHashMap<>();
                Map<Long, Double> actualByRep = new LinkedHashMap<>();
                for (long rep : teams.keySet()) {
                    List<DealHistory> own = deals.stream().filter(d -> d.ownerId() == rep).toList();
                    double actual = own.stream().filter(d -> d.wonOn() != null && p.contains(d.wonOn()))
                            .mapToDouble(DealHistory::amount).sum();
                    Map<Method, Double> f = new LinkedHashMap<>();
                    Double submitted = latest(entries, rep, p, false, asOf);
                    Double adjusted = latest(entries, rep, p, true, asOf);
                    if (submitted != null) {
                        f.put(Method.SUBMITTED_COMMIT, submitted);
                    }
                    if (adjusted != null || submitted != null) {
                        f.put(Method.ADJUSTED, adjusted != null ? adjusted : submitted);
                    }
                    f.put(Method.WEIGHTED_PIPELINE, weighted(own, p, asOf, defaultPercent));
                    f.put(Method.STATISTICAL, StatisticalForecast.forecast(model, own, p.start(), p.end(), asOf.minusDays(1),
                            runs, seed ^ rep ^ p.start().toEpochDay()).mean());
                    byRep.put(rep, f);
                    actualByRep.put(rep, actual);
                    if (actual > 0) {
                        f.forEach((m, v) -> samples.add(new Sample("rep", rep, p.code(), moment, m, v, actual)));
                    }
                }
                for (long team : teams.values().stream().distinct().toList()) {
                    List<Long> reps = teams.entrySet().stream().filter(e -> e.getValue() == team).map(Map.Entry::getKey).toList();
                    double actual = reps.stream().mapToDouble(actualByRep::get).sum();
                    if (actual <= 0) {
                        continue;
                    }
                    for (Method m : Method.values()) {
                        if (reps.stream().allMatch(r -> byRep.get(r).containsKey(m))) {
                            samples.add(new Sample("team", team, p.code(), moment, m,
                                    reps.stream().mapToDouble(r -> byRep.get(r).get(m)).sum(), actual));
                        }
                    }
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        for (String level : List.of("rep", "team")) {
            for (Moment moment : Moment.values()) {
                for (Method m : Method.values()) {
                    List<Sample> mine = samples.stream().filter(s -> s.level().equals(level) && s.moment() == moment
                            && s.method() == m).toList();
                    if (!mine.isEmpty()) {
                        scores.add(new Score(m, moment, level, mine.size(),
                                mine.stream().mapToDouble(s -> Math.abs(s.error())).average().orElse(0),
                                mine.stream().mapToDouble(Sample::error).average().orElse(0)));
                    }
                }
            }
        }
        return new Result(scores, samples);
    }

    /** Won in the period by {@code asOf}, plus open deals expected to close in it × their stage's probability. */
    static double weighted(List<DealHistory> deals, Period p, LocalDate asOf, ToIntFunction<Stage> percent) {
        double total = 0;
        for (DealHistory d : deals) {
            DealHistory.Entered at = d.at(asOf.minusDays(1));
            if (at == null) {
                continue;
            }
            if (at.stage() == Stage.CLOSED_WON) {
                total += p.contains(at.on()) ? d.amount() : 0;
            } else if (!at.stage().isClosed() && p.contains(d.expectedClose())) {
                total += d.amount() * percent.applyAsInt(at.stage()) / 100.0;
            }
        }
        return total;
    }

    static Double latest(List<Entry> entries, long rep, Period p, boolean adjusted, LocalDate asOf) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.repId() == rep && e.adjusted() == adjusted && e.period().equals(p.code()) && e.on().isBefore(asOf)
                    && (best == null || !e.on().isBefore(best.on()))) {
                best = e;
            }
        }
        return best == null ? null : best.commit();
    }
}
