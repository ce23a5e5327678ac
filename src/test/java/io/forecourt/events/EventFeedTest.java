package io.forecourt.events;

import io.forecourt.quote.QuoteApi;
import io.forecourt.quote.QuoteFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.forecourt.quote.QuoteApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class EventFeedTest {

    @Inject
    QuoteFixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    EventFeed feed;

    static long last() {
        return ((Number) as("admin1").get("/api/events?after=0&limit=1000").then().extract().path("next")).longValue();
    }

    @Test
    void everyQuoteAndOrderChangeIsAnEventInOrderWithWhatAConsumerNeeds() {
        long account = fixtures.account("Events Journey", "rep1");
        long before = drain();
        int quote = QuoteApi.draft("rep1", account);
        String token = QuoteApi.send("rep1", quote);
        int order = QuoteApi.accept(token, null).then().statusCode(201).extract().path("id");
        QuoteApi.transition("rep1", order, "CONFIRMED", "Deposit received", 0).then().statusCode(200);
        JsonPath page = as("integration1").get("/api/events?after=" + before + "&limit=100").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> mine = page.getList("events.findAll { it.payload.accountId == " + account + " }");
        assertThat(mine).extracting(e -> e.get("type")).containsExactly("quote.created", "quote.sent",
                "order.placed", "quote.accepted", "order.confirmed");
        assertThat(mine).extracting(e -> e.get("entityId")).containsExactly(quote, quote, order, quote, order);
        assertThat(page.getList("events.id", Long.class)).isSorted();
        assertThat(page.getString("events.find { it.type == 'quote.sent' }.payload.number")).startsWith("Q-");
        assertThat(page.getString("events.find { it.type == 'order.confirmed' }.payload.history[1].note"))
                .isEqualTo("Deposit received");
        assertThat(page.getString("events[0].time")).isNotBlank();
    }

    /** Reads the whole feed and answers the last id, the resume point. */
    private long drain() {
        long after = 0;
        while (true) {
            JsonPath p = as("admin1").get("/api/events?after=" + after + "&limit=1000").then().extract().jsonPath();
            after = p.getLong("next");
            if (!p.getBoolean("more")) {
                return after;
            }
        }
    }

    @Test
    void onlyAdminsAndIntegrationsReadTheFeed() {
        as("rep1").get("/api/events").then().statusCode(403);
        as("manager1").get("/api/events").then().statusCode(403);
        io.restassured.RestAssured.get("/api/events").then().statusCode(401);
        as("integration1").get("/api/events?after=0&limit=5").then().statusCode(200);
        as("admin1").get("/api/events?limit=0").then().statusCode(400);
        as("admin1").get("/api/events?after=x").then().statusCode(400);
        as("admin1").get("/api/events?after=999999999").then().statusCode(200).body("events.size()", equalTo(0))
                .body("next", equalTo(999999999));
    }

    /**
     * Writers that take their id early and commit late, in random order: a consumer polling
     * after=<last id> meanwhile must still see every event (no id may appear behind its back).
     */
    @Test
    void aConsumerPollingDuringConcurrentWritesMissesNothing() throws Exception {
        long start = drain();
        int writers = 8;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<Long> seen = new TreeSet<>();
        try {
            Future<?> consumer = pool.submit(() -> {
                long after = start;
                boolean lastRound = false;
                while (true) {
                    long from = after;
                    EventPage p = QuarkusTransaction.requiringNew().call(() -> feed.after(from, 50));
                    for (FeedEvent e : p.events()) {
                        if ("test.ping".equals(e.type())) {
                            seen.add(e.entityId());
                        }
                    }
                    after = p.next();
                    if (lastRound && !p.more()) {
                        return null;
                    }
                    lastRound = !writing.get();
                    Thread.sleep(2);
                }
            });
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long n = writer * 1000L + i;
                        QuarkusTransaction.requiringNew().run(() -> {
                            outbox.publish("test.ping", "test", n, Map.of("n", n));
                            sleep(ThreadLocalRandom.current().nextInt(0, 8));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> t : tasks) {
                t.get();
            }
            writing.set(false);
            consumer.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(writers * each);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
