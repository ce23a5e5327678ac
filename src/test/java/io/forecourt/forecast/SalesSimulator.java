package io.forecourt.forecast;

import io.forecourt.forecast.accuracy.Backtest;
import io.forecourt.forecast.accuracy.DealHistory;
import io.forecourt.opportunity.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded sales force with known behaviour, for the forecast backtest: each rep opens deals every
 * week; a deal advances from each open stage with a fixed chance (else it is lost) after an
 * exponentially distributed time in the stage. Reps set an optimistic close date when they open a
 * deal and never move it; they submit a commit at each month's start and mid-month (their
 * negotiation and proposal deals expected that month, with optimism), the manager adjusts it down.
 * Conversion: prospecting → qualification 60 %, → proposal 60 %, → negotiation 70 %, → won 75 %
 * (so 19 % of new deals are won, against the configured 10 %); mean days in stage 12, 15, 12, 10.
 */
public final class SalesSimulator {

    static final Stage[] FLOW = {Stage.PROSPECTING, Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION};
    static final double[] ADVANCE = {0.60, 0.60, 0.70, 0.75};
    static final double[] MEAN_DAYS = {12, 15, 12, 10};

    public record History(List<DealHistory> deals, List<Backtest.Entry> entries, Map<Long, Long> teams,
                          LocalDate start, LocalDate end) {
    }

    private SalesSimulator() {
    }

    /** {@code teams} teams of {@code repsPerTeam} reps over {@code months} months from {@code start}. */
    public static History run(long seed, int teams, int repsPerTeam, LocalDate start, int months) {
        Random random = new Random(seed);
        LocalDate end = start.plusMonths(months);
        List<DealHistory> deals = new ArrayList<>();
        Map<Long, Long> teamOf = new HashMap<>();
        long id = 1;
        for (int t = 0; t < teams; t++) {
            for (int r = 0; r < repsPerTeam; r++) {
                long rep = 100L * (t + 1) + r;
                teamOf.put(rep, (long) t + 1);
                double skill = 0.8 + 0.4 * random.nextDouble(); // some reps open more deals
                for (LocalDate week = start; week.isBefore(end); week = week.plusWeeks(1)) {
                    int opened = poisson(random, 2.5 * skill);
                    for (int k = 0; k < opened; k++) {
                        deals.add(deal(id++, rep, week.plusDays(random.nextInt(5)), random, end));
                    }
                }
            }
        }
        List<Backtest.Entry> entries = new ArrayList<>();
        for (long rep : teamOf.keySet()) {
            for (LocalDate m = start; m.isBefore(end); m = m.plusMonths(1)) {
                Period p = Period.monthOf(m);
                for (LocalDate on : List.of(p.start().minusDays(1), p.midPoint().minusDays(1))) {
                    double commit = 0;
                    for (DealHistory d : deals) {
                        DealHistory.Entered at = d.ownerId() == rep ? d.at(on) : null;
                        if (at == null) {
                            continue;
                        }
                        if (at.stage() == Stage.CLOSED_WON && p.contains(at.on())) {
                            commit += d.amount();
                        } else if ((at.stage() == Stage.NEGOTIATION || at.stage() == Stage.PROPOSAL)
                                && p.contains(d.expectedClose())) {
                            commit += d.amount() * (at.stage() == Stage.NEGOTIATION ? 0.9 : 0.5);
                        }
                    }
                    double optimism = 1.1 + 0.2 * random.nextGaussian();
                    entries.add(new Backtest.Entry(rep, p.code(), false, Math.max(0, commit * optimism), on));
                    entries.add(new Backtest.Entry(rep, p.code(), true, Math.max(0, commit * 0.9), on));
                }
            }
        }
        return new History(deals, entries, teamOf, start, end);
    }

    private static DealHistory deal(long id, long rep, LocalDate opened, Random random, LocalDate end) {
        List<DealHistory.Entered> stages = new ArrayList<>();
        LocalDate day = opened;
        stages.add(new DealHistory.Entered(Stage.PROSPECTING, day));
        for (int s = 0; s < FLOW.length; s++) {
            day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * MEAN_DAYS[s]));
            if (!day.isBefore(end)) {
                break; // still open when the history ends
            }
            if (random.nextDouble() >= ADVANCE[s]) {
                stages.add(new DealHistory.Entered(Stage.CLOSED_LOST, day));
                break;
            }
            stages.add(new DealHistory.Entered(s == FLOW.length - 1 ? Stage.CLOSED_WON : FLOW[s + 1], day));
        }
        double amount = Math.round(Math.exp(10.2 + 0.5 * random.nextGaussian()));
        LocalDate expected = opened.plusDays(20 + random.nextInt(20)); // optimistic: true mean is ~50 days
        return new DealHistory(id, rep, amount, expected, stages);
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
