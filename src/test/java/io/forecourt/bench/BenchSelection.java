package io.forecourt.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

/**
 * Which benchmarks a {@code -Pbench} run performs. Plain {@code ./mvnw -Pbench verify} runs all of
 * them with their defaults; naming one benchmark's selector ({@code -Dbench.instances=...} for VRPTW,
 * {@code -Dbench.territory=...}, {@code -Dbench.accepts}, {@code -Dbench.configurator}, {@code -Dbench.auth}) runs only the
 * selected ones, so a 20-minute routing run does not also wait for the configurator's.
 */
public final class BenchSelection {

    /** Every selector a benchmark answers to; add a new benchmark's here. */
    static final List<String> SELECTORS = List.of(
            "bench.configurator", "bench.instances", "bench.territory", "bench.accepts", "bench.auth",
            "bench.forecast");

    private BenchSelection() {
    }

    /** Skips the calling benchmark unless benchmarks are on and this one is selected (or none is). */
    public static void assumeSelected(String selector) {
        if (!SELECTORS.contains(selector)) {
            throw new IllegalArgumentException("unknown bench selector " + selector);
        }
        assumeTrue(Boolean.getBoolean("bench") || System.getenv("FORECOURT_BENCH") != null,
                "benchmarks run with -Pbench (or FORECOURT_BENCH=1)");
        boolean anySelected = SELECTORS.stream().anyMatch(s -> System.getProperty(s) != null);
        assumeTrue(!anySelected || System.getProperty(selector) != null,
                "not selected: this run names another benchmark (-D" + selector + " selects this one)");
    }
}
