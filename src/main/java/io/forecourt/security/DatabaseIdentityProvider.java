package io.forecourt.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Checks a user name and password (form sign-in and HTTP Basic) against the users table. */
@ApplicationScoped
class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String USER_ID = "forecourt.userId";
    static final String TEAM_ID = "forecourt.teamId";
    static final String DISPLAY_NAME = "forecourt.displayName";

    @Inject
    Lookup lookup;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> lookup.verify(request.getUsername(),
                new String(request.getPassword().getPassword())));
    }

    @ApplicationScoped
    static class Lookup {
        @Inject
        UserRepository users;

        @ActivateRequestContext
        SecurityIdentity verify(String username, String password) {
            User user = users.findByUsername(username).orElse(null);
            if (user == null) {
                Passwords.burnTime(password);
                throw new AuthenticationFailedException();
            }
            if (!Passwords.matches(password, user.getPasswordHash()) || !user.isActive()) {
                throw new AuthenticationFailedException();
            }
            return identityOf(user);
        }

        /** The session cookie names a user already signed in: they must still exist and be active. */
        @ActivateRequestContext
        SecurityIdentity trusted(String username) {
            return users.findByUsername(username).filter(User::isActive).map(Lookup::identityOf)
                    .orElseThrow(AuthenticationFailedException::new);
        }

        private static SecurityIdentity identityOf(User user) {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.getUsername()))
                    .addRoles(user.getRoles())
                    .addAttribute(USER_ID, user.getId())
                    .addAttribute(DISPLAY_NAME, user.getDisplayName());
            if (user.getTeamId() != null) {
                identity.addAttribute(TEAM_ID, user.getTeamId());
            }
            return identity.build();
        }
    }
}

/** Form sign-in keeps the user name in an encrypted cookie; each request re-reads the user. */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    DatabaseIdentityProvider.Lookup lookup;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> lookup.trusted(request.getPrincipal()));
    }
}
