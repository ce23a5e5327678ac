package io.forecourt.visit;

import io.forecourt.security.Role;
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

import java.util.List;

/** What visit planning plans with: reps' schedules and accounts' opening hours (planners and admins). */
@Path("/api/visits/setup")
@RolesAllowed({Role.PLANNER, Role.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class VisitSetupResource {

    @Inject
    VisitSetupService service;

    @GET
    @Path("reps")
    public List<VisitSetup.RepSchedule> schedules() {
        return service.schedules();
    }

    @PUT
    @Path("reps/{repId:\\d+}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public VisitSetup.RepSchedule schedule(@PathParam("repId") long repId, @Valid @NotNull VisitSetup.Schedule schedule) {
        return service.schedule(repId, schedule);
    }

    @GET
    @Path("accounts/{accountId:\\d+}/opening-hours")
    public VisitSetup.OpeningHours openingHours(@PathParam("accountId") long accountId) {
        return service.openingHours(accountId);
    }

    @PUT
    @Path("accounts/{accountId:\\d+}/opening-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    public VisitSetup.OpeningHours openingHours(@PathParam("accountId") long accountId,
                                                @Valid @NotNull VisitSetup.OpeningHours hours) {
        return service.openingHours(accountId, hours);
    }
}
