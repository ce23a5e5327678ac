package io.forecourt.security;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-time links to set a password: 256 random bits in the link, only their SHA-256 in
 * {@code password_resets}; a link expires and works once (claimed by one conditional update, so two
 * uses at the same moment cannot both succeed).
 */
@ApplicationScoped
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 8;

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    UserConfig config;

    @Inject
    RequestOrigin origin;

    @Inject
    jakarta.enterprise.event.Event<CredentialsChanged> changes;

    /** A fresh link for the user; their older unused links stop working. In the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    UserRequests.ResetLink issue(User user, Long by) {
        em.createNativeQuery("update password_resets set used_at = now() where user_id = ?1 and used_at is null")
                .setParameter(1, user.getId()).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now().plus(config.passwordLinkValidity());
        em.createNativeQuery("insert into password_resets (user_id, token_hash, created_by, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, user.getId()).setParameter(2, hash(token)).setParameter(3, by)
                .setParameter(4, expires).executeUpdate();
        return new UserRequests.ResetLink(user.getId(), user.getUsername(),
                origin.get().orElse("") + "/password/" + token, expires, null);
    }

    /** The user a usable link is for (to greet them on the page), without using it. */
    @Transactional
    public Optional<String> usernameFor(String token) {
        List<?> rows = em.createNativeQuery("select u.username from password_resets r join users u on u.id = r.user_id "
                        + "where r.token_hash = ?1 and r.used_at is null and r.expires_at > now() and u.active")
                .setParameter(1, hash(token)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** Sets the password through the link and uses the link up: 410 when it is unknown, used or expired. */
    @Transactional
    public String setPassword(String token, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 200) {
            throw new ForecourtException(422, "Password too short", "A password has at least " + MIN_LENGTH + " characters",
                    Map.of("violations", List.of(Map.of("field", "password", "message",
                            "has at least " + MIN_LENGTH + " characters"))));
        }
        List<?> claimed = em.createNativeQuery("update password_resets set used_at = now() where token_hash = ?1 "
                        + "and used_at is null and expires_at > now() returning user_id")
                .setParameter(1, hash(token)).getResultList();
        User user = claimed.isEmpty() ? null : users.findByIdOptional(((Number) claimed.get(0)).longValue())
                .filter(User::isActive).orElse(null);
        if (user == null) {
            throw new ForecourtException(410, "Link no longer valid",
                    "This password link was used already, has expired or was replaced; ask an admin for a new one");
        }
        user.setPasswordHash(Passwords.hash(password));
        changes.fire(new CredentialsChanged(user.getId(), CredentialsChanged.Why.PASSWORD));
        return user.getUsername();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
