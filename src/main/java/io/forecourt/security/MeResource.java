package io.forecourt.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, String displayName, Set<String> roles) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Authenticated
    public Me me() {
        return new Me(currentUser.getUsername(), currentUser.getDisplayName(), currentUser.getRoles());
    }
}
