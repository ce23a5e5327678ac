package io.forecourt.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.Set;

/** What admins send and read about users. */
public final class UserRequests {

    private UserRequests() {
    }

    /** A new user: no password yet, the answer carries the one-time link to set it. */
    public record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                                  message = "is 2 to 64 lower-case letters, digits, dots, dashes or underscores") String username,
                          @NotBlank @Size(max = 120) String displayName,
                          @Email @Size(max = 200) String email,
                          @NotEmpty Set<@NotBlank String> roles,
                          Long teamId) {
    }

    /** A change to a user's name, email, roles or team; {@code version} as read (stale → 409). */
    public record UserChange(@NotBlank @Size(max = 120) String displayName,
                             @Email @Size(max = 200) String email,
                             @NotEmpty Set<@NotBlank String> roles,
                             Long teamId,
                             @NotNull Integer version) {
    }

    public record TeamRequest(@NotBlank @Size(max = 100) String name, Long managerId) {
    }

    /** A user as admins see them. */
    public record UserView(long id, String username, String displayName, String email, Set<String> roles, Long teamId,
                           String team, boolean active, int version) {
    }

    public record TeamView(long id, String name, Long managerId, String manager) {
    }

    /** A one-time link to set a password: give it to the user (it is shown once; only its hash is kept). */
    public record ResetLink(long userId, String username, String link, OffsetDateTime expiresAt, String mailedTo) {
    }

    /** A user just created, and the link they set their password with. */
    public record Created(UserView user, ResetLink passwordLink) {
    }

    /** The new password, typed twice on the page. */
    public record NewPassword(@NotBlank @Size(min = 8, max = 200) String password) {
    }
}
