package io.forecourt.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Sign-in form (posted to Quarkus' /j_security_check) and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean passwordSet);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("password") String password) {
        return Templates.login(error, "set".equals(password));
    }

    @POST
    @Path("logout")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/")).build();
    }

    /** Where sign-in lands: each role has its own home. */
    @GET
    @Path("home")
    public Response home() {
        if (!currentUser.isSignedIn()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        String target = currentUser.hasRole(Role.ADMIN) ? "/admin"
                : currentUser.hasRole(Role.MANAGER) ? "/team"
                : currentUser.hasRole(Role.PLANNER) ? "/planning"
                : currentUser.hasRole(Role.REP) ? "/my-day"
                : currentUser.hasRole(Role.CUSTOMER) ? "/my"
                : "/";
        return Response.seeOther(URI.create(target)).build();
    }
}
