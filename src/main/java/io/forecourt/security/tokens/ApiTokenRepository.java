package io.forecourt.security.tokens;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ApiTokenRepository implements PanacheRepository<ApiToken> {

    Optional<ApiToken> findBySecretHash(String hash) {
        return find("secretHash", hash).firstResultOptional();
    }

    List<ApiToken> ofUser(long userId) {
        return list("userId = ?1 order by createdAt desc, id desc", userId);
    }

    List<ApiToken> all() {
        return list("order by createdAt desc, id desc");
    }

    int revokeAllOf(long userId, long by, OffsetDateTime at) {
        return update("revokedAt = ?1, revokedBy = ?2 where userId = ?3 and revokedAt is null", at, by, userId);
    }

    /** "Last used" is kept to the minute: one write per token per minute per replica at most. */
    void touch(long id, OffsetDateTime at) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", at, id, at.minusMinutes(1));
    }
}
