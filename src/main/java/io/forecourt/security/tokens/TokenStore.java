package io.forecourt.security.tokens;

import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The token checks' view of PostgreSQL: a token with its owner's current state, and "last used". */
@ApplicationScoped
class TokenStore implements TokenVerifier.Store {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Override
    @ActivateRequestContext
    public Optional<TokenVerifier.Grant> grant(String secretHash) {
        return QuarkusTransaction.joiningExisting().call(() -> tokens.findBySecretHash(secretHash).flatMap(t ->
                users.findByIdOptional(t.getUserId()).map(u -> grant(t, u))));
    }

    private static TokenVerifier.Grant grant(ApiToken t, User owner) {
        // never wider than the owner is now: a role the owner lost is gone from their tokens too
        Set<String> roles = new LinkedHashSet<>(t.getRoles());
        roles.retainAll(owner.getRoles());
        return new TokenVerifier.Grant(t.getId(), owner.getId(), owner.getUsername(), owner.getDisplayName(),
                owner.getTeamId(), Set.copyOf(roles), t.getExpiresAt() == null ? null : t.getExpiresAt().toInstant(),
                t.getRevokedAt() == null && owner.isActive(),
                t.getLastUsedAt() == null ? null : t.getLastUsedAt().toInstant());
    }

    @Override
    @ActivateRequestContext
    public void touch(long tokenId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> tokens.touch(tokenId, at.atOffset(ZoneOffset.UTC)));
    }
}
