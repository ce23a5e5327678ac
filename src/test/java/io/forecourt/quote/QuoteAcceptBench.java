package io.forecourt.quote;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.forecourt.bench.HttpLoad;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        HttpLoad.each(RestAssured.port, clients, accepts(warmup));
        HttpLoad.Result r = HttpLoad.each(RestAssured.port, clients, accepts(tokens.subList(0, count)));
        BenchReport.Stats s = r.latency();
        double perSecond = r.requestsPerSecond();
        Map<Integer, Integer> statuses = r.statuses();
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

    /** One accept per quote, each with its own Idempotency-Key. */
    private static List<HttpLoad.Request> accepts(List<String> tokens) {
        return tokens.stream().map(t -> new HttpLoad.Request("POST", "/api/public/quotes/" + t + "/accept", new byte[0],
                List.of("Idempotency-Key: " + UUID.randomUUID()))).toList();
    }
}
