package io.forecourt.security;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.forecourt.bench.HttpLoad;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What a credential costs per API call: a trivial endpoint anonymous, with an API token and with
 * HTTP Basic (verified credentials remembered), one client for latency and {@value #CLIENTS} for
 * throughput; then the event feed by token and by Basic. {@link BasicUncachedBench} measures Basic
 * as it was before (bcrypt on every call). Rate limits are off here.
 * {@code ./mvnw -Pbench verify -Dbench.auth -Dtest='ApiAuthBench,BasicUncachedBench' -Dquarkus.http.test-port=0}
 * ({@code -Dbench.auth.seconds=5}).
 */
@QuarkusTest
@TestProfile(ApiAuthBench.NoRateLimit.class)
class ApiAuthBench {

    static final int CLIENTS = 8;
    static final int SECONDS = Integer.getInteger("bench.auth.seconds", 5);
    static final String PING = "/api/bench/ping/me";
    static final String FEED = "/api/events?after=0&limit=100";

    public static class NoRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("forecourt.tokens.rate-limit.per-second", "0");
        }
    }

    @Inject
    TestUsers users;

    @Test
    void credentialsCostLittleMoreThanNone() throws Exception {
        BenchSelection.assumeSelected("bench.auth");
        Credentials c = Credentials.make(users);
        warmUp(List.of(List.of(), List.of(c.bearer()), List.of(c.basic())));
        List<String> rows = new ArrayList<>();
        rows.addAll(measure("anonymous", PING, List.of()));
        rows.addAll(measure("bearer", PING, List.of(c.bearer())));
        rows.addAll(measure("basic-remembered", PING, List.of(c.basic())));
        rows.addAll(measure("bearer", FEED, List.of(c.bearer())));
        rows.addAll(measure("basic-remembered", FEED, List.of(c.basic())));
        BenchReport.writeCsv("api-auth.csv", HEADER, rows);
    }

    static final String HEADER = "credential,path,clients,requests,median_ms,p99_ms,requests_per_s,load_average";

    /** A fresh integration user (password and token), so no demo user changes. */
    record Credentials(String basic, String bearer) {
        static Credentials make(TestUsers users) {
            TestUsers.Made u = users.make("bench", "bench-password", Role.INTEGRATION);
            String basic = "Authorization: Basic " + Base64.getEncoder()
                    .encodeToString((u.username() + ":bench-password").getBytes(StandardCharsets.UTF_8));
            String secret = given().auth().preemptive().basic(u.username(), "bench-password")
                    .contentType("application/json").body(Map.of("name", "bench")).post("/api/tokens")
                    .then().statusCode(201).extract().path("secret");
            int events = given().header("Authorization", "Bearer " + secret).get(FEED).then().statusCode(200)
                    .extract().jsonPath().getList("events").size();
            System.out.printf("event feed page: %d events%n", events);
            // the trivial endpoint really checks what is sent
            given().header("Authorization", "Bearer " + secret).get(PING).then().body("username",
                    org.hamcrest.Matchers.equalTo(u.username()));
            given().auth().preemptive().basic(u.username(), "bench-password").get(PING).then()
                    .body("username", org.hamcrest.Matchers.equalTo(u.username()));
            given().auth().preemptive().basic(u.username(), "wrong-password").get(PING).then().statusCode(401);
            return new Credentials(basic, "Authorization: Bearer " + secret);
        }
    }

    /** Every path with every credential for a while, untimed, so that no measurement pays for the JIT. */
    static void warmUp(List<List<String>> credentials) throws Exception {
        for (String path : List.of(PING, FEED)) {
            for (List<String> headers : credentials) {
                HttpLoad.run(RestAssured.port, CLIENTS, Duration.ZERO, Duration.ofSeconds(3),
                        i -> new HttpLoad.Request("GET", path, null, headers));
            }
        }
    }

    /** One client (latency without queueing), then {@value #CLIENTS} (throughput). */
    static List<String> measure(String credential, String path, List<String> headers) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int clients : new int[] {1, CLIENTS}) {
            HttpLoad.Result r = HttpLoad.run(RestAssured.port, clients, Duration.ofSeconds(2),
                    Duration.ofSeconds(SECONDS), i -> new HttpLoad.Request("GET", path, null, headers));
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf("%-17s %-30s %d client(s): median %s ms, p99 %s ms, %s req/s (%d ok, %d failed; load %.2f)%n",
                    credential, path, clients, BenchReport.fmt(r.latency().medianMs()), BenchReport.fmt(r.latency().p99Ms()),
                    BenchReport.fmt(r.requestsPerSecond()), r.ok(), r.failed(), load);
            rows.add(String.join(",", credential, path.replace(',', ';'), Integer.toString(clients), Long.toString(r.ok()),
                    BenchReport.fmt(r.latency().medianMs()), BenchReport.fmt(r.latency().p99Ms()),
                    BenchReport.fmt(r.requestsPerSecond()), String.format("%.2f", load)));
        }
        return rows;
    }
}
