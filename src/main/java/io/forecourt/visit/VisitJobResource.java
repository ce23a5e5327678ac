package io.forecourt.visit;

import io.forecourt.planning.JobView;
import io.forecourt.planning.PlanningJobResource;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Visit-planning solves for planners: start, follow, stop (the shared job endpoints), and apply. */
@Path("/api/planning/visits/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public class VisitJobResource extends PlanningJobResource<VisitJson.StartRequest, JobView, VisitJson.JobDetail> {

    @Inject
    VisitJobService service;

    @Override
    protected JobView begin(VisitJson.StartRequest request) {
        return service.start(request);
    }

    @Override
    protected String idOf(JobView started) {
        return started.id();
    }

    @Override
    protected List<JobView> jobs() {
        return service.list();
    }

    @Override
    protected VisitJson.JobDetail read(String id) {
        return service.get(id);
    }

    @Override
    protected JobView halt(String id) {
        return service.stop(id);
    }

    @POST
    @Path("{id}/apply")
    public VisitJson.Applied apply(@PathParam("id") String id) {
        return service.apply(id);
    }
}
