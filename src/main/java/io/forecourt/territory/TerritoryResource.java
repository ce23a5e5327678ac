package io.forecourt.territory;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Territory metrics: planners and admins read all territories, managers their teams'. */
@Path("/api/territories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN, Role.MANAGER})
public class TerritoryResource {

    @Inject
    TerritoryService service;

    @GET
    public List<TerritoryMetrics> metrics() {
        return service.metrics();
    }
}
