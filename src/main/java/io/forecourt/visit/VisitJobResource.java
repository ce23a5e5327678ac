package io.forecourt.visit;

import io.forecourt.planning.JobView;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Visit-planning solves for planners: start, follow, stop, apply. */
@Path("/api/planning/visits/jobs")
@RolesAllowed({Role.PLANNER, Role.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class VisitJobResource {

    @Inject
    VisitJobService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid VisitJson.StartRequest request) {
        JobView job = service.start(request);
        return Response.created(URI.create("/api/planning/visits/jobs/" + job.id())).entity(job).build();
    }

    @GET
    public List<JobView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    public VisitJson.JobDetail get(@PathParam("id") String id) {
        return service.get(id);
    }

    @DELETE
    @Path("{id}")
    public JobView stop(@PathParam("id") String id) {
        return service.stop(id);
    }

    @POST
    @Path("{id}/apply")
    public VisitJson.Applied apply(@PathParam("id") String id) {
        return service.apply(id);
    }
}
