package io.forecourt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Latency statistics and CSV output under target/bench/ for the *Bench classes. */
public final class BenchReport {

    private BenchReport() {
    }

    public record Stats(int count, double medianMs, double p99Ms, double meanMs, double maxMs) {
        public static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0) / 1e6;
            return new Stats(s.length, s[s.length / 2] / 1e6, s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6,
                    mean, s[s.length - 1] / 1e6);
        }
    }

    /** Times {@code action} once per input, after {@code warmup} untimed rounds over the first inputs. */
    public static <T> Stats timeEach(List<T> inputs, int warmup, java.util.function.Consumer<T> action) {
        for (int i = 0; i < warmup; i++) {
            action.accept(inputs.get(i % inputs.size()));
        }
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long t = System.nanoTime();
            action.accept(inputs.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        return Stats.of(nanos);
    }

    public static void writeCsv(String file, String header, List<String> rows) {
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.write(dir.resolve(file), java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList());
            System.out.println("wrote " + dir.resolve(file).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
