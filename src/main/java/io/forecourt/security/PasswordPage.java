package io.forecourt.security;

import io.forecourt.common.web.ForecourtException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** The page behind a one-time password link: choose a password (twice), then sign in with it. */
@Path("/password/{token:[A-Za-z0-9_-]{20,100}}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String token, String username, int minLength, String error);
    }

    @Inject
    PasswordLinks links;

    @GET
    public Response show(@PathParam("token") String token) {
        String username = links.usernameFor(token).orElse(null);
        return Response.status(username == null ? 410 : 200)
                .entity(Templates.password(token, username, PasswordLinks.MIN_LENGTH, username == null
                        ? "This link was used already, has expired or was replaced; ask an admin for a new one." : null))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("token") String token, @RestForm String password, @RestForm String repeat) {
        String username = links.usernameFor(token).orElse(null);
        if (username != null && (password == null || !password.equals(repeat))) {
            return Response.status(400).entity(Templates.password(token, username, PasswordLinks.MIN_LENGTH,
                    "The two passwords differ; type the same one twice")).build();
        }
        try {
            links.setPassword(token, password);
        } catch (ForecourtException e) {
            if (e.status() != 410 && e.status() != 422) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.password(token, e.status() == 410 ? null : username,
                    PasswordLinks.MIN_LENGTH, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/login?password=set")).build();
    }
}
