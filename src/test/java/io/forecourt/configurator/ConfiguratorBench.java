package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.forecourt.bench.HttpLoad;
import io.forecourt.configurator.evaluation.Evaluation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;


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
            BenchReport.Stats s = BenchReport.timeEach(walk, 600, sel -> service.evaluate(product, sel, null, false));
            BenchReport.Stats memo = BenchReport.timeEach(walk, 600, sel -> service.evaluate(product, sel, null));
            System.out.printf("evaluate in process %-6s n=%d median %.3f ms p99 %.3f ms max %.3f ms;"
                    + " answered from the memo: median %.3f ms p99 %.3f ms%n",
                    product, s.count(), s.medianMs(), s.p99Ms(), s.maxMs(), memo.medianMs(), memo.p99Ms());
            rows.add(String.join(",", "in-process", product, Integer.toString(s.count()), BenchReport.fmt(s.medianMs()),
                    BenchReport.fmt(s.p99Ms()), ""));
            walk.stream().limit(200).forEach(sel -> clicks.add(new String[] {product, String.join("\",\"", sel)}));
        }
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        IntFunction<HttpLoad.Request> evaluate = i -> HttpLoad.Request.postJson("/api/configurator/evaluate", body(clicks, i));
        HttpLoad.Result pingGet = load(port, i -> HttpLoad.Request.get("/api/bench/ping"));
        HttpLoad.Result pingPost = load(port, i -> HttpLoad.Request.postJson("/api/bench/ping", body(clicks, i)));
        HttpLoad.Result real = load(port, evaluate);
        HttpLoad.Result canned = load(port, i -> HttpLoad.Request.postJson("/api/bench/canned-evaluation", body(clicks, i)));
        System.out.printf("HTTP %d clients %ds: trivial GET %.0f req/s, trivial POST (same body) %.0f req/s,"
                + " evaluate %.0f req/s (p99 %.2f ms); ratio to trivial GET %.2f, to trivial POST %.2f;"
                + " same request and answer without evaluating %.0f req/s%n",
                CLIENTS, SECONDS, pingGet.requestsPerSecond(), pingPost.requestsPerSecond(), real.requestsPerSecond(),
                real.latency().p99Ms(), real.requestsPerSecond() / pingGet.requestsPerSecond(),
                real.requestsPerSecond() / pingPost.requestsPerSecond(), canned.requestsPerSecond());
        rows.add(httpRow("http-trivial-get", pingGet));
        rows.add(httpRow("http-trivial-post", pingPost));
        rows.add(httpRow("http-evaluate", real));
        rows.add(httpRow("http-canned-evaluation", canned));
        rows.add("http-ratio-to-get,,,,," + BenchReport.fmt(real.requestsPerSecond() / pingGet.requestsPerSecond()));
        rows.add("http-ratio-to-post,,,,," + BenchReport.fmt(real.requestsPerSecond() / pingPost.requestsPerSecond()));
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
                BenchReport.Stats st = BenchReport.timeEach(clicks, 20, c -> service.evaluate(code, c, null, false));
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

    private static HttpLoad.Result load(int port, IntFunction<HttpLoad.Request> requests) throws Exception {
        HttpLoad.Result r = HttpLoad.run(port, CLIENTS, Duration.ofSeconds(3), Duration.ofSeconds(SECONDS), requests);
        if (r.failed() > 0) {
            System.out.println("failed requests: " + r.failed());
        }
        return r;
    }

    private static String body(List<String[]> clicks, int i) {
        String[] click = clicks.get(Math.floorMod(i, clicks.size()));
        return "{\"product\":\"" + click[0] + "\",\"selections\":[" + (click[1].isEmpty() ? "" : "\"" + click[1] + "\"") + "]}";
    }

    private static String httpRow(String kind, HttpLoad.Result r) {
        return String.join(",", kind, "", Long.toString(r.ok()), BenchReport.fmt(r.latency().medianMs()),
                BenchReport.fmt(r.latency().p99Ms()), BenchReport.fmt(r.requestsPerSecond()));
    }
}
