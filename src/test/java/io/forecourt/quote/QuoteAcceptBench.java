package io.forecourt.quote;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts per second and latency with 16 concurrent keep-alive clients on loopback, each accepting
 * its own sent quotes (an order placed per request: row lock, re-validation of the configuration,
 * order, history, idempotency record, two outbox events). Run:
 * {@code ./mvnw -Pbench verify -Dbench.accepts -Dtest=QuoteAcceptBench -Dquarkus.http.test-port=0}
 * ({@code -Dbench.accepts.quotes=N}, default 800; {@code -Dbench.accepts.clients=N}, default 16).
 */
@QuarkusTest
class QuoteAcceptBench {

    @Inject
    QuoteFixtures fixtures;

    @Test
    void acceptsPerSecondWithSixteenClients() throws Exception {
        BenchSelection.assumeSelected("bench.accepts");
        int clients = Integer.getInteger("bench.accepts.clients", 16);
        int count = Integer.getInteger("bench.accepts.quotes", 800);
        List<String> tokens = prepare(count + clients * 5);
        List<String> warmup = tokens.subList(count, tokens.size());
        run(warmup, clients);
        long[] nanos = new long[count];
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = run(tokens.subList(0, count), clients, nanos);
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchReport.Stats s = BenchReport.Stats.of(nanos);
        double perSecond = count / seconds;
        System.out.printf("accept: %d quotes, %d clients: %.0f accepts/s, median %s ms, p99 %s ms, max %s ms, statuses %s%n",
                count, clients, perSecond, BenchReport.fmt(s.medianMs()), BenchReport.fmt(s.p99Ms()),
                BenchReport.fmt(s.maxMs()), statuses);
        BenchReport.writeCsv("quote-accepts.csv", "quotes,clients,accepts_per_s,median_ms,p99_ms,max_ms,created_201",
                List.of(count + "," + clients + "," + Math.round(perSecond) + "," + BenchReport.fmt(s.medianMs()) + ","
                        + BenchReport.fmt(s.p99Ms()) + "," + BenchReport.fmt(s.maxMs()) + "," + statuses.getOrDefault(201, 0)));
    }

    /** Sent quotes on a few accounts of rep1, all from one saved configuration. */
    private List<String> prepare(int n) {
        String code = QuoteApi.savedConfiguration(QuoteApi.AURA);
        long account = fixtures.account("Bench Accepts", "rep1");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = QuoteApi.create("rep1", account, List.of(code), 5).then().statusCode(201).extract().path("id");
            tokens.add(QuoteApi.send("rep1", id));
        }
        return tokens;
    }

    private Map<Integer, Integer> run(List<String> tokens, int clients) throws Exception {
        return run(tokens, clients, new long[tokens.size()]);
    }

    private Map<Integer, Integer> run(List<String> tokens, int clients, long[] nanos) throws Exception {
        String base = "http://localhost:" + RestAssured.port + "/api/public/quotes/";
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    start.await();
                    for (int i = next.getAndIncrement(); i < tokens.size(); i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + tokens.get(i) + "/accept"))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.noBody()).build();
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t;
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }
}
