package io.forecourt.forecast;

import io.forecourt.forecast.accuracy.Backtest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forecast backtest on simulated history ({@link SalesSimulator}): 3 teams of 4 reps over 30
 * months, the first 6 for learning only, then 24 monthly periods (8 quarters) scored at each
 * period's start and mid-period. Prints each method's MAPE and bias and writes target/bench/forecast-accuracy.csv.
 * Run with {@code ./mvnw -o verify -Pbench -Dbench.forecast}.
 */
class ForecastAccuracyBench {

    static final int[] DEFAULT_PERCENT = {10, 25, 50, 75, 100, 0};

    @Test
    void printsEachMethodsErrorOnSimulatedHistory() throws IOException {
        io.forecourt.bench.BenchSelection.assumeSelected("bench.forecast");
        SalesSimulator.History h = SalesSimulator.run(20261208L, 3, 4, LocalDate.of(2024, 1, 1), 30);
        List<Period> periods = new ArrayList<>();
        for (LocalDate m = h.start().plusMonths(6); m.isBefore(h.end()); m = m.plusMonths(1)) {
            periods.add(Period.monthOf(m));
        }
        long t0 = System.nanoTime();
        Backtest.Result r = Backtest.run(h.deals(), h.entries(), periods, h.teams(), s -> DEFAULT_PERCENT[s.ordinal()],
                500, 7L);
        System.out.printf(Locale.ROOT, "Forecast backtest: %d deals, %d reps, %d periods, %.1f s%n", h.deals().size(),
                h.teams().size(), periods.size(), (System.nanoTime() - t0) / 1e9);
        StringBuilder csv = new StringBuilder("level,moment,method,samples,mape,bias\n");
        for (Backtest.Score s : r.scores()) {
            System.out.printf(Locale.ROOT, "  %-4s %-5s %-18s n=%3d  MAPE %5.1f %%  bias %+6.1f %%%n", s.level(), s.moment(),
                    s.method(), s.samples(), 100 * s.mape(), 100 * s.bias());
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.4f,%.4f%n", s.level(), s.moment(), s.method(),
                    s.samples(), s.mape(), s.bias()));
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/forecast-accuracy.csv"), csv);
    }
}
