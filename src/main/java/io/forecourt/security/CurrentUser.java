package io.forecourt.security;

import io.forecourt.common.web.ForecourtException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that answers "who is signing in, and what may they see". Every feature asks it for
 * reads ({@link #ownerScope()}) and writes ({@link #requireCanSee(Long)}): a rep sees their own
 * records, a manager those of their team(s), an admin everything. Templates reach it as
 * {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    private OwnerScope scope;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return isSignedIn() ? identity.getPrincipal().getName() : null;
    }

    public String getDisplayName() {
        String name = identity.getAttribute(DatabaseIdentityProvider.DISPLAY_NAME);
        return name != null ? name : getUsername();
    }

    public Long getUserId() {
        return identity.getAttribute(DatabaseIdentityProvider.USER_ID);
    }

    /** The API token this request came with, or null (a session, Basic, or nobody). */
    public Long getTokenId() {
        return identity.getAttribute(Identities.TOKEN_ID);
    }

    public Set<String> getRoles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public long requireUserId() {
        if (!isSignedIn()) {
            throw new UnauthorizedException();
        }
        return getUserId();
    }

    /** Whose records this user may read and change. */
    public OwnerScope ownerScope() {
        if (scope == null) {
            scope = computeScope();
        }
        return scope;
    }

    /** Throws 404 (not 403: existence is not disclosed) when the record's owner is out of scope. */
    public void requireCanSee(Long ownerId) {
        if (!ownerScope().includes(ownerId)) {
            throw ForecourtException.notFound("This record");
        }
    }

    public void requireRole(String role) {
        if (!isSignedIn()) {
            throw new UnauthorizedException();
        }
        if (!hasRole(role)) {
            throw new ForbiddenException();
        }
    }

    private OwnerScope computeScope() {
        if (!isSignedIn()) {
            return OwnerScope.NONE;
        }
        if (hasRole(Role.ADMIN)) {
            return OwnerScope.ALL;
        }
        Set<Long> owners = new TreeSet<>();
        owners.add(getUserId());
        if (hasRole(Role.MANAGER)) {
            for (Team team : teams.managedBy(getUserId())) {
                users.inTeam(team.getId()).forEach(u -> owners.add(u.getId()));
            }
        }
        return OwnerScope.of(owners);
    }
}
