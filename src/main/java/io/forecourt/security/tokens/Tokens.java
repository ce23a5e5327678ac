package io.forecourt.security.tokens;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.security.CredentialsChanged;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * API tokens: made by a signed-in person for themselves (never by a token), with roles no wider than
 * theirs; listed, and revoked by their owner or an admin. A deactivated user's tokens are revoked.
 */
@ApplicationScoped
public class Tokens {

    static final String PREFIX = "fct_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<TokenIdentityProvider.Revoked> revoked;

    @Transactional
    public TokenRequests.Created create(@Valid @NotNull TokenRequests.NewToken request) {
        long me = currentUser.requireUserId();
        if (currentUser.getTokenId() != null) {
            throw new ForecourtException(403, "Forbidden",
                    "A token cannot make tokens: sign in with your password to make one", Map.of());
        }
        User owner = users.findByIdOptional(me).orElseThrow(() -> ForecourtException.notFound("User " + me));
        Set<String> roles = roles(request.roles(), owner.getRoles());
        OffsetDateTime now = now();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw unprocessable("expiresAt", "future", "An expiry lies in the future");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken t = new ApiToken(me, request.name().strip(), TokenVerifier.hash(secret),
                secret.substring(secret.length() - 4), roles, me, now, request.expiresAt());
        tokens.persist(t);
        tokens.flush();
        return new TokenRequests.Created(view(t, owner.getUsername(), now), secret);
    }

    /** The caller's own tokens, newest first. */
    public List<TokenRequests.TokenView> mine() {
        long me = currentUser.requireUserId();
        String name = currentUser.getUsername();
        OffsetDateTime now = now();
        return tokens.ofUser(me).stream().map(t -> view(t, name, now)).toList();
    }

    /** Everyone's tokens, for admins. */
    public List<TokenRequests.TokenView> all() {
        currentUser.requireRole(Role.ADMIN);
        Map<Long, String> names = new HashMap<>();
        OffsetDateTime now = now();
        return tokens.all().stream().map(t -> view(t, names.computeIfAbsent(t.getUserId(),
                id -> users.findByIdOptional(id).map(User::getUsername).orElse("?")), now)).toList();
    }

    public TokenRequests.TokenView get(long id) {
        ApiToken t = visible(id);
        return view(t, ownerName(t), now());
    }

    /** Revoked at once on this replica, within {@code forecourt.tokens.cache-time} on the others. */
    @Transactional
    public TokenRequests.TokenView revoke(long id) {
        ApiToken t = visible(id);
        t.revoke(currentUser.requireUserId(), now());
        revoked.fire(new TokenIdentityProvider.Revoked(t.getId(), null));
        return view(t, ownerName(t), now());
    }

    /** Deactivating a user revokes their tokens in the same transaction. */
    void onCredentialsChanged(@Observes CredentialsChanged change) {
        if (change.why() == CredentialsChanged.Why.DEACTIVATED) {
            Long by = currentUser.getUserId();
            tokens.revokeAllOf(change.userId(), by == null ? change.userId() : by, now());
            revoked.fire(new TokenIdentityProvider.Revoked(null, change.userId()));
        }
    }

    /** 404 for someone else's token (existence is not disclosed), unless the caller is an admin. */
    private ApiToken visible(long id) {
        long me = currentUser.requireUserId();
        return tokens.findByIdOptional(id).filter(t -> t.getUserId() == me || currentUser.hasRole(Role.ADMIN))
                .orElseThrow(() -> ForecourtException.notFound("Token " + id));
    }

    private String ownerName(ApiToken t) {
        return users.findByIdOptional(t.getUserId()).map(User::getUsername).orElse("?");
    }

    private static Set<String> roles(Set<String> asked, Set<String> owners) {
        if (asked == null || asked.isEmpty()) {
            return owners;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String r : asked) {
            String role = r.strip().toLowerCase(Locale.ROOT);
            if (!owners.contains(role)) {
                throw unprocessable("roles", "owner-roles", "A token's roles are among yours (" + String.join(", ", owners)
                        + "); " + r.strip() + " is not");
            }
            roles.add(role);
        }
        return roles;
    }

    private static ForecourtException unprocessable(String field, String rule, String message) {
        return new ForecourtException(422, "Invalid token", message,
                Map.of("violations", List.of(Violation.field(field, rule, message))));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static TokenRequests.TokenView view(ApiToken t, String owner, OffsetDateTime now) {
        return new TokenRequests.TokenView(t.getId(), t.getName(), t.getUserId(), owner, t.getRoles(), t.getHint(),
                t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt(), t.status(now));
    }
}
