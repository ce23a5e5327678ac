package io.forecourt.configurator;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;


/**
 * Evaluate latency in process on the demo models, and HTTP throughput of POST
 * /api/configurator/evaluate against a trivial JSON endpoint, same load generator, same run.
 * ./mvnw -Pbench verify -Dtest=ConfiguratorBench  (figures printed and in target/bench/)
 */
@QuarkusTest
class ConfiguratorBench {

    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);

    @Inject
    ConfiguratorService service;

    @Inject
    io.forecourt.catalog.CatalogService catalog;

    @Test
    void evaluateLatencyAndThroughput() throws Exception {
        BenchSelection.assumeSelected("bench.configurator");
        List<String> rows = new ArrayList<>();
        List<String[]> clicks = new ArrayList<>();
        for (String product : List.of("AURA", "TERRA", "VOLTA")) {
            List<List<String>> walk = clicks(product, 3000, new Random(7));
            BenchReport.Stats s = BenchReport.timeEach(walk, 600, sel -> service.evaluate(product, sel, null));
            System.out.printf("evaluate in process %-6s n=%d median %.3f ms p99 %.3f ms max %.3f ms%n",
                    product, s.count(), s.medianMs(), s.p99Ms(), s.maxMs());
            rows.add(String.join(",", "in-process", product, Integer.toString(s.count()), BenchReport.fmt(s.medianMs()),
                    BenchReport.fmt(s.p99Ms()), ""));
            walk.stream().limit(200).forEach(sel -> clicks.add(new String[] {product, String.join("\",\"", sel)}));
        }
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String base = "http://localhost:" + port;
        double ping = load(base, null, clicks);
        double evaluate = load(base, "/api/configurator/evaluate", clicks);
        double canned = load(base, "/api/bench/canned-evaluation", clicks);
        System.out.printf("HTTP %d clients %ds: trivial %.0f req/s, evaluate %.0f req/s, ratio %.2f;"
                + " same request and answer without evaluating %.0f req/s%n",
                CLIENTS, SECONDS, ping, evaluate, evaluate / ping, canned);
        rows.add("http-canned-evaluation,,,,," + BenchReport.fmt(canned));
        if (Boolean.getBoolean("bench.decompose")) {
            System.out.printf("decomposition: canned without validation %.0f req/s, canned by GET %.0f req/s%n",
                    load(base, "/api/bench/canned-evaluation/unvalidated", clicks), load(base, null, List.<String[]>of(new String[] {"GET-CANNED", ""})));
        }
        rows.add("http-trivial,,," + ",," + BenchReport.fmt(ping));
        rows.add("http-evaluate,,," + ",," + BenchReport.fmt(evaluate));
        rows.add("http-ratio,,,,," + BenchReport.fmt(evaluate / ping));
        BenchReport.writeCsv("configurator-evaluate.csv", "kind,product,clicks,median_ms,p99_ms,requests_per_s", rows);
    }

    /** Evaluate through the whole service on Renault's real ranges: clicks are prefixes of real sales. */
    @Test
    void renaultEvaluate() {
        BenchSelection.assumeSelected("bench.configurator");
        List<String> rows = new ArrayList<>();
        for (String name : List.of("medium", "big")) {
            io.forecourt.configurator.engine.RenaultData.assumePresent(name);
            String code = RenaultCatalog.code(name);
            long importStart = System.nanoTime();
            if (catalog.find(code).isEmpty()) {
                catalog.save(code, RenaultCatalog.product(name), null);
            }
            long firstStart = System.nanoTime();
            service.evaluate(code, List.of(), null);
            long firstEnd = System.nanoTime();
            System.out.printf("Renault %s: import %.0f ms, first evaluate (model compile) %.0f ms%n",
                    name, (firstStart - importStart) / 1e6, (firstEnd - firstStart) / 1e6);
            List<List<String>> sales = RenaultCatalog.sales(name);
            Random random = new Random(5);
            for (int k : new int[] {0, 5, 10, 20, 40}) {
                List<List<String>> clicks = new ArrayList<>();
                for (int i = 0; i < (name.equals("big") ? 60 : 300); i++) {
                    List<String> sale = sales.get(random.nextInt(sales.size()));
                    clicks.add(sale.subList(0, Math.min(k, sale.size())));
                }
                BenchReport.Stats st = BenchReport.timeEach(clicks, 20, c -> service.evaluate(code, c, null));
                System.out.printf("evaluate Renault %s, %2d choices: median %.3f ms p99 %.3f ms max %.3f ms%n",
                        name, k, st.medianMs(), st.p99Ms(), st.maxMs());
                rows.add(String.join(",", "renault-" + name, Integer.toString(k), Integer.toString(st.count()),
                        BenchReport.fmt(st.medianMs()), BenchReport.fmt(st.p99Ms())));
            }
        }
        BenchReport.writeCsv("configurator-renault.csv", "model,choices,clicks,median_ms,p99_ms", rows);
    }

    /** Realistic clicks: random walks over available options. */
    private List<List<String>> clicks(String product, int n, Random random) {
        List<List<String>> out = new ArrayList<>();
        List<String> sel = new ArrayList<>();
        while (out.size() < n) {
            Evaluation e = service.evaluate(product, sel, null);
            out.add(List.copyOf(sel));
            Evaluation.GroupState g = e.groups().get(random.nextInt(e.groups().size()));
            List<Evaluation.OptionState> free = g.options().stream().filter(o -> o.available() && !o.selected()).toList();
            if (e.complete() && random.nextInt(8) == 0 || free.isEmpty() && random.nextInt(4) == 0) {
                sel = new ArrayList<>();
                continue;
            }
            if (free.isEmpty()) {
                continue;
            }
            String pick = free.get(random.nextInt(free.size())).code();
            boolean multiple = catalog.get(product).group(g.code()).orElseThrow().multiple();
            if (!multiple) {
                sel.removeIf(code -> g.options().stream().anyMatch(o -> o.code().equals(code)));
            }
            sel.add(pick);
            if (!e.repairs().isEmpty() && random.nextBoolean()) {
                sel = new ArrayList<>(e.repairs().get(0).selections());
            }
        }
        return out;
    }

    /**
     * Closed loop: CLIENTS threads, each on its own keep-alive connection (HttpURLConnection is light
     * enough not to be the bottleneck on 2 cores), counted over SECONDS after a 3 s warm-up.
     */
    private static double load(String base, String path, List<String[]> clicks) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean measuring = new AtomicBoolean();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 37;
            futures.add(clients.submit(() -> {
                int i = offset;
                byte[] buffer = new byte[16384];
                while (!stop.get()) {
                    java.net.HttpURLConnection http;
                    if (path == null) {
                        String target = clicks.size() == 1 && clicks.get(0)[0].equals("GET-CANNED")
                                ? "/api/bench/canned-evaluation" : "/api/bench/ping";
                        http = (java.net.HttpURLConnection) URI.create(base + target).toURL().openConnection();
                    } else {
                        String[] click = clicks.get(i++ % clicks.size());
                        byte[] body = ("{\"product\":\"" + click[0] + "\",\"selections\":["
                                + (click[1].isEmpty() ? "" : "\"" + click[1] + "\"") + "]}").getBytes();
                        http = (java.net.HttpURLConnection) URI.create(base + path).toURL().openConnection();
                        http.setRequestMethod("POST");
                        http.setDoOutput(true);
                        http.setRequestProperty("Content-Type", "application/json");
                        http.setFixedLengthStreamingMode(body.length);
                        try (var out = http.getOutputStream()) {
                            out.write(body);
                        }
                    }
                    int status = http.getResponseCode();
                    try (var in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
                        while (in != null && in.read(buffer) >= 0) {
                            // drain so the connection is reused
                        }
                    }
                    if (measuring.get()) {
                        (status == 200 ? ok : failed).increment();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(SECONDS).toMillis());
        measuring.set(false);
        double secs = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Future<?> f : futures) {
            f.get();
        }
        clients.shutdown();
        if (failed.sum() > 0) {
            System.out.println("failed requests on " + (path == null ? "ping" : path) + ": " + failed.sum());
        }
        return ok.sum() / secs;
    }
}
