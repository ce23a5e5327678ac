package io.forecourt.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Set;

/**
 * How a signed-in caller looks to the rest of the portal, whatever the credential (form session,
 * HTTP Basic or an API token): the same principal, roles and attributes, read by {@link CurrentUser}.
 */
public final class Identities {

    public static final String USER_ID = "forecourt.userId";
    public static final String TEAM_ID = "forecourt.teamId";
    public static final String DISPLAY_NAME = "forecourt.displayName";
    /** Present only when the caller came with an API token: that token's id. */
    public static final String TOKEN_ID = "forecourt.tokenId";

    private Identities() {
    }

    public static SecurityIdentity of(long userId, String username, String displayName, Long teamId,
                                      Set<String> roles, Long tokenId) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .addAttribute(USER_ID, userId)
                .addAttribute(DISPLAY_NAME, displayName);
        if (teamId != null) {
            identity.addAttribute(TEAM_ID, teamId);
        }
        if (tokenId != null) {
            identity.addAttribute(TOKEN_ID, tokenId);
        }
        return identity.build();
    }

    static SecurityIdentity of(User user) {
        return of(user.getId(), user.getUsername(), user.getDisplayName(), user.getTeamId(), user.getRoles(), null);
    }
}
