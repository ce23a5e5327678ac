package io.forecourt.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Setting a password through a one-time link, for clients: {@code {"password"}} → 204; used or expired → 410. */
@Path("/api/password-links/{token:[A-Za-z0-9_-]{20,100}}")
@PermitAll
public class PasswordLinkResource {

    @Inject
    PasswordLinks links;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("token") String token, @Valid @NotNull UserRequests.NewPassword body) {
        links.setPassword(token, body.password());
        return Response.noContent().build();
    }
}
