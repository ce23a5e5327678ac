package io.forecourt.security.tokens;

import io.forecourt.common.web.ErrorResponses;
import io.forecourt.security.Identities;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each token's calls are limited per replica ({@code forecourt.tokens.rate-limit.*}); over the limit
 * a call is answered 429 with {@code Retry-After} before any work. Runs after the sign-in check of
 * {@code AccessBeforeContent}, so a bad token is a 401 first.
 */
@Singleton
public class TokenRateLimit {

    @Inject
    CurrentIdentityAssociation identities;

    // filters are made before the runtime configuration is there: read it at the first call
    @Inject
    jakarta.inject.Provider<TokenConfig> config;

    private volatile RateLimiter limiter;

    private RateLimiter limiter() {
        RateLimiter l = limiter;
        if (l == null) {
            synchronized (this) {
                if (limiter == null) {
                    TokenConfig.RateLimit c = config.get().rateLimit();
                    limiter = new RateLimiter(c.perSecond(), c.burst(), System::nanoTime);
                }
                l = limiter;
            }
        }
        return l;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Uni<Response> limit(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            Long tokenId = identity.getAttribute(Identities.TOKEN_ID);
            long wait = tokenId == null ? 0 : limiter().acquire(tokenId);
            return wait == 0 ? null : ErrorResponses.tooManyRequests(request.getUriInfo().getPath(), wait,
                    "This token made too many calls; try again in " + wait + " s");
        });
    }
}
