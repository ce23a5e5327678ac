package io.forecourt.security.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.Set;

/** What callers send and read about API tokens. The secret appears once, in {@link Created}. */
public final class TokenRequests {

    private TokenRequests() {
    }

    /** A new token: a name to recognise it by, roles (default: all of yours) and an optional expiry. */
    public record NewToken(@NotBlank @Size(max = 100) String name,
                           Set<@NotBlank String> roles,
                           OffsetDateTime expiresAt) {
    }

    /** A token as its owner and admins see it; never the secret, only its last four characters. */
    public record TokenView(long id, String name, long ownerId, String owner, Set<String> roles, String hint,
                            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                            OffsetDateTime lastUsedAt, String status) {
        public boolean isActive() {
            return "active".equals(status);
        }
    }

    /** The token just made and its secret: shown in this answer only, it cannot be read again. */
    public record Created(TokenView token, String secret) {
    }
}
