package io.forecourt.forecast.accuracy;

import io.forecourt.opportunity.Stage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * The statistical forecast: what will close won in a period, learned from the deals that closed
 * before the day of the forecast. From their stage histories it learns, for each open stage, where
 * deals went next (another stage, won or lost) and after how many days. A Monte Carlo run then walks
 * every open deal on from its stage: the first step is drawn among the moves that took longer than
 * the deal has already spent in its stage (less that time), later steps among all moves; the
 * period's revenue is what is already won in it plus the deals the run wins in it. The answer is the
 * mean and the 10th, 50th and 90th percentile of the runs. A stage with fewer than
 * {@link #MIN_MOVES} learned moves falls back to its configured probability at the rep's close date.
 */
public final class StatisticalForecast {

    static final int MIN_MOVES = 5;

    /**
     * Only deals opened at least this many days before the forecast teach the model: among recent
     * deals only the quick ones have closed, and learning from them alone would make deals move faster
     * than they do.
     */
    static final int SETTLED_DAYS = 90;

    public record Result(double mean, double p10, double p50, double p90, double alreadyWon, int openDeals,
                         Map<Stage, Double> winRates) {
    }

    /** One learned move out of a stage: where to, after how many days in the stage. */
    public record Move(Stage to, int days) {
    }

    /** What was learned: each open stage's moves (sorted by days), its configured probability, and the win rate. */
    public record Model(Map<Stage, Move[]> moves, Map<Stage, Integer> defaults, Map<Stage, Double> winRates) {
    }

    private StatisticalForecast() {
    }

    /** Learns from the deals closed by {@code asOf} (and only from what was known on that day). */
    public static Model learn(List<DealHistory> deals, LocalDate asOf, ToIntFunction<Stage> defaultPercent) {
        Map<Stage, List<Move>> moves = new EnumMap<>(Stage.class);
        Stage.OPEN.forEach(s -> moves.put(s, new ArrayList<>()));
        for (DealHistory d : deals) {
            LocalDate closed = d.closedOn();
            if (closed == null || closed.isAfter(asOf) || d.createdOn().isAfter(asOf.minusDays(SETTLED_DAYS))) {
                continue;
            }
            for (int i = 0; i + 1 < d.stages().size(); i++) {
                DealHistory.Entered from = d.stages().get(i);
                DealHistory.Entered to = d.stages().get(i + 1);
                if (!from.stage().isClosed() && to.stage() != from.stage()) {
                    moves.get(from.stage()).add(new Move(to.stage(), (int) ChronoUnit.DAYS.between(from.on(), to.on())));
                }
            }
        }
        Map<Stage, Move[]> sorted = new EnumMap<>(Stage.class);
        Map<Stage, Integer> defaults = new EnumMap<>(Stage.class);
        for (Stage s : Stage.OPEN) {
            Move[] m = moves.get(s).toArray(Move[]::new);
            Arrays.sort(m, (a, b) -> Integer.compare(a.days(), b.days()));
            sorted.put(s, m);
            defaults.put(s, defaultPercent.applyAsInt(s));
        }
        return new Model(sorted, defaults, winRates(sorted, defaults));
    }

    /** The chance a deal in each stage is won some day: the learned moves as a Markov chain. */
    static Map<Stage, Double> winRates(Map<Stage, Move[]> moves, Map<Stage, Integer> defaults) {
        Map<Stage, Double> w = new EnumMap<>(Stage.class);
        Stage.OPEN.forEach(s -> w.put(s, defaults.get(s) / 100.0));
        for (int iteration = 0; iteration < 100; iteration++) {
            for (Stage s : Stage.OPEN) {
                Move[] m = moves.get(s);
                if (m.length < MIN_MOVES) {
                    continue;
                }
                double sum = 0;
                for (Move move : m) {
                    sum += move.to() == Stage.CLOSED_WON ? 1 : move.to() == Stage.CLOSED_LOST ? 0 : w.get(move.to());
                }
                w.put(s, sum / m.length);
            }
        }
        return w;
    }

    /**
     * The revenue expected to close won in [from, to) as seen at the end of {@code asOf}, from
     * {@code deals} (those of the reps forecast), with a model learned beforehand.
     */
    public static Result forecast(Model model, List<DealHistory> deals, LocalDate from, LocalDate to, LocalDate asOf,
                                  int runs, long seed) {
        double won = 0;
        List<DealHistory> open = new ArrayList<>();
        List<DealHistory.Entered> state = new ArrayList<>();
        for (DealHistory d : deals) {
            DealHistory.Entered at = d.at(asOf);
            if (at == null) {
                continue;
            }
            if (at.stage() == Stage.CLOSED_WON) {
                if (!at.on().isBefore(from) && at.on().isBefore(to)) {
                    won += d.amount();
                }
            } else if (!at.stage().isClosed()) {
                open.add(d);
                state.add(at);
            }
        }
        Random random = new Random(seed);
        double[] totals = new double[runs];
        for (int run = 0; run < runs; run++) {
            double total = won;
            for (int i = 0; i < open.size(); i++) {
                LocalDate wonOn = walk(model, state.get(i), open.get(i), asOf, to, random);
                if (wonOn != null && !wonOn.isBefore(from) && wonOn.isBefore(to)) {
                    total += open.get(i).amount();
                }
            }
            totals[run] = total;
        }
        Arrays.sort(totals);
        double mean = Arrays.stream(totals).average().orElse(won);
        return new Result(mean, percentile(totals, 0.10), percentile(totals, 0.50), percentile(totals, 0.90), won,
                open.size(), model.winRates());
    }

    /** The day one run wins the deal (null: lost, or not before {@code horizon}). */
    static LocalDate walk(Model model, DealHistory.Entered at, DealHistory deal, LocalDate asOf, LocalDate horizon,
                          Random random) {
        Stage stage = at.stage();
        LocalDate day = asOf;
        int age = (int) ChronoUnit.DAYS.between(at.on(), asOf);
        for (int step = 0; step < 20 && day.isBefore(horizon); step++) {
            Move[] moves = model.moves().get(stage);
            if (moves.length < MIN_MOVES) {
                // too little learned: the configured probability, at the rep's close date (or soon)
                if (random.nextDouble() * 100 >= model.defaults().get(stage)) {
                    return null;
                }
                LocalDate expected = deal.expectedClose();
                return expected.isAfter(day) ? expected : day.plusDays(1);
            }
            int first = 0;
            if (step == 0) {
                first = firstLonger(moves, age);
            }
            Move move;
            if (first >= moves.length) {
                move = moves[random.nextInt(moves.length)]; // older than anything learned: any move, now
                day = day.plusDays(1);
            } else {
                move = moves[first + random.nextInt(moves.length - first)];
                day = day.plusDays(Math.max(1, move.days() - (step == 0 ? age : 0)));
            }
            if (move.to() == Stage.CLOSED_WON) {
                return day;
            }
            if (move.to() == Stage.CLOSED_LOST) {
                return null;
            }
            stage = move.to();
        }
        return null;
    }

    /** The index of the first move longer than {@code age} days (moves are sorted by days). */
    static int firstLonger(Move[] moves, int age) {
        int lo = 0, hi = moves.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (moves[mid].days() > age) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
