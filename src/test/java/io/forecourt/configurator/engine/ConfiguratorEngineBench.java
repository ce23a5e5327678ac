package io.forecourt.configurator.engine;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Per-click latency of the configurator engine on Renault medium and big: exact valid domains
 * with (a) nothing chosen and (b) random k-prefixes of real sales, plus explanations and build
 * times, for the compiled engine and the search fallback. Prints a table and writes
 * {@code target/bench/configurator-engine.csv}. Never asserts on time. Runs only with
 * {@code -Dbench=true} or {@code FORECOURT_BENCH} set.
 */
class ConfiguratorEngineBench {

    private static final int WARMUP = 50;
    private static final int CLICKS = 300;
    /** Warm-up also lasts at least this long, so the JIT has compiled the hot loops. */
    private static final long WARMUP_NANOS = 2_000_000_000L;
    private final List<String> csv = new ArrayList<>(List.of("instance,engine,scenario,k,samples,median_ms,p99_ms,max_ms"));

    @Test
    void measure() throws IOException {
        io.forecourt.bench.BenchSelection.assumeSelected("bench.configurator");
        System.out.printf("%-7s %-9s %-14s %4s %7s %10s %10s %10s%n",
                "model", "engine", "scenario", "k", "samples", "median ms", "p99 ms", "max ms");
        for (String name : List.of("medium", "big")) {
            RenaultData.assumePresent(name);
            bench(name);
        }
        Path out = Path.of("target/bench/configurator-engine.csv");
        Files.createDirectories(out.getParent());
        Files.write(out, csv);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private void bench(String name) throws IOException {
        double[] read = new double[3];
        double[] compile = new double[3];
        XcspReader.Instance instance = null;
        ConfiguratorEngine compiled = null;
        for (int i = 0; i < read.length; i++) {
            long t0 = System.nanoTime();
            instance = XcspReader.read(RenaultData.dir().resolve(name + "_domainsorted.xml"));
            long t1 = System.nanoTime();
            compiled = ConfiguratorEngine.of(instance.model());
            long t2 = System.nanoTime();
            read[i] = (t1 - t0) / 1e6;
            compile[i] = (t2 - t1) / 1e6;
        }
        // first run is cold (class loading, interpreter), the others warm
        row(name, "-", "read-cold", 0, Arrays.copyOf(read, 1));
        row(name, "-", "read-warm", 0, Arrays.copyOfRange(read, 1, read.length));
        row(name, "compiled", "compile-cold", 0, Arrays.copyOf(compile, 1));
        row(name, "compiled", "compile-warm", 0, Arrays.copyOfRange(compile, 1, compile.length));
        ConfigModel model = instance.model();
        System.out.printf("        diagram: %d edges (~%.1f MB), compiled=%s%n", compiled.diagramEdges(),
                compiled.diagramEdges() * 12 / 1e6, compiled.isCompiled());
        List<Assignment> sales = RenaultData.sales(name, model);
        for (ConfiguratorEngine engine : List.of(compiled, ConfiguratorEngine.of(model, 0))) {
            String kind = engine.isCompiled() ? "compiled" : "search";
            Random random = new Random(1);
            row(name, kind, "empty", 0, time(i -> engine.validDomains(model.emptyAssignment())));
            for (int k : new int[] {5, 10, 20, 40}) {
                List<Assignment> prefixes = new ArrayList<>();
                for (int i = 0; i < WARMUP + CLICKS; i++) {
                    prefixes.add(prefix(sales.get(random.nextInt(sales.size())), k, random));
                }
                row(name, kind, "sale-prefix", k, time(i -> engine.validDomains(prefixes.get(i))));
            }
            row(name, kind, "session", 0, session(engine, sales, random));
            List<Assignment> prefixes = new ArrayList<>();
            List<int[]> targets = new ArrayList<>();
            while (prefixes.size() < 60) {
                Assignment a = prefix(sales.get(random.nextInt(sales.size())), 10, random);
                ValidDomains vd = compiled.validDomains(a);
                int v = random.nextInt(model.variableCount());
                int val = random.nextInt(model.domainSize(v));
                if (!a.isAssigned(v) && !vd.isAvailable(v, val)) {
                    prefixes.add(a);
                    targets.add(new int[] {v, val});
                }
            }
            row(name, kind, "explain", 10, time(10, 50,
                    i -> engine.explain(prefixes.get(i), targets.get(i)[0], targets.get(i)[1])));
        }
    }

    /**
     * Whole sales replayed click by click in a random order, each click passing the previous
     * answer (the search engine reuses its solutions; the compiled one ignores it).
     */
    private static double[] session(ConfiguratorEngine engine, List<Assignment> sales, Random random) {
        List<Double> ms = new ArrayList<>();
        long warmEnd = System.nanoTime() + WARMUP_NANOS;
        for (int measured = 0; measured < 30; ) {
            boolean warm = System.nanoTime() > warmEnd;
            measured += warm ? 1 : 0;
            Assignment sale = sales.get(random.nextInt(sales.size()));
            Assignment current = sale.model().emptyAssignment();
            ValidDomains previous = null;
            for (int v : shuffled(sale.assignedVariables(), random)) {
                current = current.with(v, sale.value(v));
                long t0 = System.nanoTime();
                previous = engine.validDomains(current, previous);
                if (warm) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int[] shuffled(int[] vars, Random random) {
        int[] out = vars.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** The first k choices of a sale, in a random click order. */
    private static Assignment prefix(Assignment sale, int k, Random random) {
        int[] vars = sale.assignedVariables();
        Assignment a = sale.model().emptyAssignment();
        for (int i = 0; i < Math.min(k, vars.length); i++) {
            int j = i + random.nextInt(vars.length - i);
            int t = vars[i];
            vars[i] = vars[j];
            vars[j] = t;
            a = a.with(vars[i], sale.value(vars[i]));
        }
        return a;
    }

    private static double[] time(Consumer<Integer> click) {
        return time(WARMUP, CLICKS, click);
    }

    private static double[] time(int warmup, int samples, Consumer<Integer> click) {
        long start = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - start < WARMUP_NANOS; i++) {
            click.accept(i % (warmup + samples));
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            click.accept(warmup + i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private void row(String name, String engine, String scenario, int k, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        double p99 = s[Math.max(0, (int) Math.ceil(0.99 * s.length) - 1)];
        double max = s[s.length - 1];
        System.out.printf(Locale.ROOT, "%-7s %-9s %-14s %4d %7d %10.3f %10.3f %10.3f%n",
                name, engine, scenario, k, s.length, median, p99, max);
        csv.add(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.4f,%.4f,%.4f", name, engine, scenario, k, s.length,
                median, p99, max));
    }
}
