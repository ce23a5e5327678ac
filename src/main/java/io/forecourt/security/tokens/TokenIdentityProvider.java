package io.forecourt.security.tokens;

import io.forecourt.security.ApiAuthenticationMechanism;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Checks bearer tokens. A token read lately is answered on the I/O thread with no database call and
 * no hashing beyond one SHA-256; otherwise PostgreSQL is asked on a worker thread.
 */
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<ApiAuthenticationMechanism.TokenRequest> {

    /** Tokens revoked in a transaction: dropped from this replica's cache once it commits. */
    record Revoked(Long tokenId, Long userId) {
    }

    private final TokenVerifier verifier;

    @Inject
    TokenIdentityProvider(TokenStore store, TokenConfig config) {
        this.verifier = new TokenVerifier(store, config.cacheTime(), System::nanoTime, Clock.systemUTC());
    }

    @Override
    public Class<ApiAuthenticationMechanism.TokenRequest> getRequestType() {
        return ApiAuthenticationMechanism.TokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiAuthenticationMechanism.TokenRequest request,
                                              AuthenticationRequestContext context) {
        try {
            SecurityIdentity known = verifier.cached(request.token());
            if (known != null) {
                return Uni.createFrom().item(known);
            }
        } catch (RuntimeException refused) {
            return Uni.createFrom().failure(refused);
        }
        return context.runBlocking(() -> verifier.load(request.token()));
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked revoked) {
        if (revoked.tokenId() != null) {
            verifier.forgetToken(revoked.tokenId());
        }
        if (revoked.userId() != null) {
            verifier.forgetUser(revoked.userId());
        }
    }
}
