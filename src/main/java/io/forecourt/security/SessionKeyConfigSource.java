package io.forecourt.security;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A random key for the sign-in cookie when none is configured, so that Quarkus does not make one up
 * and print it in the log (anyone reading the log could then forge sessions). It sits below
 * application.properties and environment variables: {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}
 * wins, and production should set it so sessions survive a restart. One key per JVM, kept across
 * dev-mode reloads.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private static final String HOLDER = "forecourt.internal.session-key";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String name) {
        return KEY.equals(name) ? key() : null;
    }

    private static synchronized String key() {
        String key = System.getProperty(HOLDER);
        if (key == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            System.setProperty(HOLDER, key);
        }
        return key;
    }

    @Override
    public int getOrdinal() {
        return 120;
    }

    @Override
    public String getName() {
        return "forecourt-session-key";
    }
}
