package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

import java.net.URI;
import java.util.List;

/**
 * API tokens over the API. The whole API takes {@code Authorization: Bearer <token>} or HTTP Basic;
 * the two schemes are declared here for the OpenAPI document.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "fct_ + 43 base64url characters (256 random bits)",
                description = "An API token made on /tokens or with POST /api/tokens"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "User name and password (verified credentials are remembered briefly)")})
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class TokenResource {

    @Inject
    Tokens tokens;

    /** The caller's own tokens (never their secrets). */
    @GET
    public List<TokenRequests.TokenView> mine() {
        return tokens.mine();
    }

    /** Everyone's tokens. */
    @GET
    @Path("all")
    @RolesAllowed(Role.ADMIN)
    public List<TokenRequests.TokenView> all() {
        return tokens.all();
    }

    @GET
    @Path("{id:\\d+}")
    public TokenRequests.TokenView get(@PathParam("id") long id) {
        return tokens.get(id);
    }

    /** 201 with {@code token} and {@code secret}: the secret is in this answer only. Not with a token. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull TokenRequests.NewToken request) {
        TokenRequests.Created c = tokens.create(request);
        return Response.created(URI.create("/api/tokens/" + c.token().id())).header("Cache-Control", "no-store")
                .entity(c).build();
    }

    /** Revokes the token (its owner or an admin): refused on every replica within the cache time. */
    @DELETE
    @Path("{id:\\d+}")
    public TokenRequests.TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
