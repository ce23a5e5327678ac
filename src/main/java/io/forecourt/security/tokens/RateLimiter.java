package io.forecourt.security.tokens;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key, in this JVM only: with n replicas a token may make up to n times the rate
 * in all. Counting in PostgreSQL would cost a write per call, which is what tokens exist to avoid.
 */
final class RateLimiter {

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final double perNano;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, int burst, LongSupplier nanos) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.nanos = nanos;
    }

    /** 0 when the call may go ahead (and is counted), otherwise the whole seconds to wait. */
    long acquire(long key) {
        if (perNano <= 0) {
            return 0;
        }
        long now = nanos.getAsLong();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }

    void forget(long key) {
        buckets.remove(key);
    }
}
