package io.forecourt.territory;

import io.forecourt.security.Role;
import io.forecourt.territory.ProfileRequests.AccountProfileBody;
import io.forecourt.territory.ProfileRequests.AccountProfileView;
import io.forecourt.territory.ProfileRequests.TerritoryProfileBody;
import io.forecourt.territory.ProfileRequests.TerritoryProfileView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Planning profiles (planners and admins): pin an account, set its visits; a territory's home and capacity. */
@Path("/api/territories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public class ProfileResource {

    @Inject
    ProfileService service;

    @GET
    @Path("accounts/{accountId}/profile")
    public AccountProfileView account(@PathParam("accountId") long accountId) {
        return service.account(accountId);
    }

    @PUT
    @Path("accounts/{accountId}/profile")
    public AccountProfileView setAccount(@PathParam("accountId") long accountId, @Valid @NotNull AccountProfileBody body) {
        return service.setAccount(accountId, body);
    }

    @PUT
    @Path("{code}/profile")
    public TerritoryProfileView setTerritory(@PathParam("code") String code, @Valid @NotNull TerritoryProfileBody body) {
        return service.setTerritory(code, body);
    }
}
