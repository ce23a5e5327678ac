package io.forecourt.security;

/**
 * A user's credentials stopped being what they were: a new password, or the user was deactivated.
 * Fired after the change is made; this replica drops what it remembered of the user at once (other
 * replicas find out from the database, see {@link VerifiedCredentials} and the token checks).
 */
public record CredentialsChanged(long userId, Why why) {

    public enum Why { PASSWORD, DEACTIVATED }
}
