package io.forecourt.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Test-only: what CurrentUser says the caller may see, and whether a given owner is in scope. */
@Path("/api/test-probe/scope")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ScopeProbeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @GET
    public OwnerScope scope() {
        return currentUser.ownerScope();
    }

    @GET
    @Path("{owner}")
    public Map<String, Object> record(@PathParam("owner") String owner) {
        Long id = users.findByUsername(owner)
                .orElseThrow(() -> io.forecourt.common.web.ForecourtException.notFound("user " + owner)).getId();
        currentUser.requireCanSee(id);
        return Map.of("owner", owner);
    }
}
