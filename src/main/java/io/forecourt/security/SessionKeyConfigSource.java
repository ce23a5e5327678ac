package io.forecourt.security;

import io.forecourt.common.config.LazyValueSource;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random key for the sign-in cookie when none is configured, so that Quarkus does not make one up
 * and print it in the log (anyone reading the log could then forge sessions). It sits below
 * application.properties and environment variables: {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}
 * wins, and production should set it so sessions survive a restart. One key per JVM, kept across
 * dev-mode reloads.
 */
public class SessionKeyConfigSource extends LazyValueSource {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    // not under "forecourt.": the root config mapping would reject it when a test profile restarts Quarkus
    private static final String HOLDER = "io.forecourt.session-key";

    public SessionKeyConfigSource() {
        super("forecourt-session-key", 120, KEY, SessionKeyConfigSource::key);
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
}
