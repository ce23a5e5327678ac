package io.forecourt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * HTTP Basic sends the password on every call, and bcrypt costs tens of milliseconds each time. This
 * remembers, for a short while ({@code forecourt.users.basic-cache-time}), that a user name and
 * password were verified. The key is an HMAC of "user:password" under a random per-replica key (the
 * password itself is never kept, and the key cannot be brute-forced offline without that key); the
 * entry holds the user's id and the bcrypt hash the password matched. A remembered entry counts only
 * while the user row read for the request still has that hash and is active, so a password change
 * or a deactivation on any replica ends it at the next request; on this replica it is also dropped at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;

    record Entry(long userId, String passwordHash, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlNanos;
    private final LongSupplier clock;

    @Inject
    VerifiedCredentials(UserConfig config) {
        this(config.basicCacheTime().toNanos(), System::nanoTime);
    }

    VerifiedCredentials(long ttlNanos, LongSupplier clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttlNanos;
        this.clock = clock;
    }

    /** Whether this password was verified for this user row (as read now) a short while ago. */
    boolean remembered(User user, String password) {
        if (ttlNanos <= 0) {
            return false;
        }
        String k = keyOf(user.getUsername(), password);
        Entry e = entries.get(k);
        if (e == null) {
            return false;
        }
        if (clock.getAsLong() - e.expiresAtNanos() > 0 || e.userId() != user.getId()
                || !e.passwordHash().equals(user.getPasswordHash())) {
            entries.remove(k, e);
            return false;
        }
        return user.isActive();
    }

    /** Call only after bcrypt accepted the password for this user row. */
    void remember(User user, String password) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.getAsLong();
            entries.values().removeIf(e -> now - e.expiresAtNanos() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(keyOf(user.getUsername(), password),
                new Entry(user.getId(), user.getPasswordHash(), clock.getAsLong() + ttlNanos));
    }

    void forget(long userId) {
        entries.values().removeIf(e -> e.userId() == userId);
    }

    void onChange(@Observes CredentialsChanged change) {
        forget(change.userId());
    }

    int size() {
        return entries.size();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
