package io.forecourt.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Checks a user name and password (form sign-in and HTTP Basic) against the users table. */
@ApplicationScoped
class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String USER_ID = Identities.USER_ID;
    static final String TEAM_ID = Identities.TEAM_ID;
    static final String DISPLAY_NAME = Identities.DISPLAY_NAME;

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

        @Inject
        VerifiedCredentials verified;

        /** bcrypt only when this user name and password were not verified against this user row lately. */
        @ActivateRequestContext
        SecurityIdentity verify(String username, String password) {
            User user = users.findByUsername(username).orElse(null);
            if (user == null) {
                Passwords.burnTime(password);
                throw new AuthenticationFailedException();
            }
            if (verified.remembered(user, password)) {
                return identityOf(user);
            }
            if (!Passwords.matches(password, user.getPasswordHash()) || !user.isActive()) {
                throw new AuthenticationFailedException();
            }
            verified.remember(user, password);
            return identityOf(user);
        }

        /** The session cookie names a user already signed in: they must still exist and be active. */
        @ActivateRequestContext
        SecurityIdentity trusted(String username) {
            return users.findByUsername(username).filter(User::isActive).map(Lookup::identityOf)
                    .orElseThrow(AuthenticationFailedException::new);
        }

        private static SecurityIdentity identityOf(User user) {
            return Identities.of(user);
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
