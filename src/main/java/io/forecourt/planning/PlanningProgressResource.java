package io.forecourt.planning;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A running job's progress for the planning pages' script (signed in with the page session, so
 * outside {@code /api}, which takes HTTP Basic). Without JavaScript the pages offer a reload link.
 */
@Path("/planning/jobs/{id}/progress")
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public class PlanningProgressResource {

    @Inject
    PlanningJobs jobs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JobView progress(@PathParam("id") String id) {
        return jobs.find(id).map(PlanningJob::view)
                .orElseThrow(() -> ForecourtException.notFound("Planning job " + id));
    }
}
