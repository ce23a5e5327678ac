package io.forecourt.security.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** API token settings (FORECOURT_TOKENS_...). */
@ConfigMapping(prefix = "forecourt.tokens")
public interface TokenConfig {

    /**
     * How long a replica trusts what it read of a token (revoked, expired, its owner's roles and
     * state) before reading PostgreSQL again: a revocation on any replica is refused everywhere
     * within this time. Expiry itself is exact.
     */
    @WithDefault("PT2S")
    Duration cacheTime();

    RateLimit rateLimit();

    /** A token bucket per token and per replica: {@code burst} calls at once, refilled at {@code per-second}. */
    interface RateLimit {
        /** Sustained calls per second per token (0 turns the limit off). */
        @WithDefault("50")
        double perSecond();

        @WithDefault("100")
        int burst();
    }
}
