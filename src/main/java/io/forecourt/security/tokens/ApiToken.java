package io.forecourt.security.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named API credential of one user; only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true)
    private String secretHash;

    @Column(nullable = false)
    private String hint;

    @Column(nullable = false)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String secretHash, String hint, Set<String> roles, long createdBy,
             OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.userId = userId;
        this.name = name;
        this.secretHash = secretHash;
        this.hint = hint;
        this.roles = String.join(",", roles);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getHint() {
        return hint;
    }

    Set<String> getRoles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    void revoke(long by, OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /** What the token may do now: not revoked, not expired (its owner's state is checked apart). */
    String status(OffsetDateTime now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? "expired" : "active";
    }
}
