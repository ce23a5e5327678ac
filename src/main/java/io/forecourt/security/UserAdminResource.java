package io.forecourt.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Users and teams, managed by admins. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserAdminResource {

    @Inject
    UserAdmin admin;

    @GET
    @Path("users")
    public List<UserRequests.UserView> list() {
        return admin.list();
    }

    @GET
    @Path("users/{id:\\d+}")
    public UserRequests.UserView get(@PathParam("id") long id) {
        return admin.get(id);
    }

    /** 201 with the user and {@code passwordLink}: the one-time link the user sets their password with. */
    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull UserRequests.NewUser request) {
        UserRequests.Created c = admin.create(request);
        return Response.created(URI.create("/api/admin/users/" + c.user().id())).entity(c).build();
    }

    @PUT
    @Path("users/{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserRequests.UserView update(@PathParam("id") long id, @Valid @NotNull UserRequests.UserChange change) {
        return admin.update(id, change);
    }

    @POST
    @Path("users/{id:\\d+}/deactivate")
    public UserRequests.UserView deactivate(@PathParam("id") long id) {
        return admin.setActive(id, false);
    }

    @POST
    @Path("users/{id:\\d+}/reactivate")
    public UserRequests.UserView reactivate(@PathParam("id") long id) {
        return admin.setActive(id, true);
    }

    /** A new one-time password link; the user's older unused links stop working. */
    @POST
    @Path("users/{id:\\d+}/password-link")
    public UserRequests.ResetLink passwordLink(@PathParam("id") long id) {
        return admin.passwordLink(id);
    }

    @GET
    @Path("teams")
    public List<UserRequests.TeamView> teams() {
        return admin.teams();
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTeam(@Valid @NotNull UserRequests.TeamRequest request) {
        UserRequests.TeamView t = admin.createTeam(request);
        return Response.created(URI.create("/api/admin/teams/" + t.id())).entity(t).build();
    }
}
