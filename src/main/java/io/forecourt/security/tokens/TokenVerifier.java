package io.forecourt.security.tokens;

import io.forecourt.security.Identities;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Turns a bearer secret into who is calling. What it read of a token (and of its owner) is trusted
 * for {@code cacheTime}, then read again from the database, so a token revoked on another replica,
 * or whose owner was deactivated or lost a role, is refused here within that time. One instance per
 * replica; a plain object so that tests can run two "replicas" over one database.
 */
final class TokenVerifier {

    static final Pattern FORMAT = Pattern.compile("fct_[A-Za-z0-9_-]{43}");
    static final int MAX_ENTRIES = 10_000;

    /** What the database says about a token now. {@code usable}: not revoked and the owner is active. */
    record Grant(long tokenId, long userId, String username, String displayName, Long teamId, Set<String> roles,
                 Instant expiresAt, boolean usable, Instant lastUsedAt) {
    }

    /** Where grants come from: PostgreSQL in the application. */
    interface Store {
        Optional<Grant> grant(String secretHash);

        void touch(long tokenId, Instant at);
    }

    /** grant null: no such token (remembered too, so a stray client does not reach the database each call). */
    private record Entry(Grant grant, SecurityIdentity identity, long readAt) {
    }

    private final Store store;
    private final long cacheNanos;
    private final LongSupplier nanos;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    TokenVerifier(Store store, Duration cacheTime, LongSupplier nanos, Clock clock) {
        this.store = store;
        this.cacheNanos = cacheTime.toNanos();
        this.nanos = nanos;
        this.clock = clock;
    }

    /**
     * The identity from what was read lately, without blocking; {@code null} when the database must be
     * asked ({@link #load}). Throws for a refused token.
     */
    SecurityIdentity cached(String secret) {
        if (!FORMAT.matcher(secret).matches()) {
            throw new AuthenticationFailedException();
        }
        Entry e = entries.get(hash(secret));
        if (e == null || nanos.getAsLong() - e.readAt() >= cacheNanos) {
            return null;
        }
        return decide(e);
    }

    /** Reads the token from the database (blocking) and remembers it. */
    SecurityIdentity load(String secret) {
        if (!FORMAT.matcher(secret).matches()) {
            throw new AuthenticationFailedException();
        }
        String hash = hash(secret);
        Grant g = store.grant(hash).orElse(null);
        Entry e = new Entry(g, g == null ? null
                : Identities.of(g.userId(), g.username(), g.displayName(), g.teamId(), g.roles(), g.tokenId()),
                nanos.getAsLong());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hash, e);
        SecurityIdentity identity = decide(e);
        Instant now = clock.instant();
        if (g.lastUsedAt() == null || g.lastUsedAt().isBefore(now.minusSeconds(60))) {
            store.touch(g.tokenId(), now);
        }
        return identity;
    }

    /** Drops what this replica read of a token, so its next use reads the database. */
    void forgetToken(long tokenId) {
        entries.values().removeIf(e -> e.grant() != null && e.grant().tokenId() == tokenId);
    }

    void forgetUser(long userId) {
        entries.values().removeIf(e -> e.grant() != null && e.grant().userId() == userId);
    }

    private SecurityIdentity decide(Entry e) {
        Grant g = e.grant();
        if (g == null || !g.usable() || g.expiresAt() != null && !clock.instant().isBefore(g.expiresAt())) {
            throw new AuthenticationFailedException();
        }
        return e.identity();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
