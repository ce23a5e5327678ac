package io.forecourt.territory;

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

/**
 * Territory rebalancing jobs (planners and admins): start one, follow it, stop it, read its draft
 * proposal and score by constraint, then apply or discard it.
 */
@Path("/api/planning/territories/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public class TerritoryJobResource {

    @Inject
    TerritoryService service;

    @Inject
    TerritoryMaps maps;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid RebalanceRequest request) {
        Proposal started = service.start(request);
        return Response.created(URI.create("/api/planning/territories/jobs/" + started.job().id())).entity(started).build();
    }

    @GET
    public List<JobView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    public Proposal get(@PathParam("id") String id) {
        return service.proposal(id);
    }

    /** Stops the solve; the best proposal so far stays readable and applicable. */
    @DELETE
    @Path("{id}")
    public Proposal stop(@PathParam("id") String id) {
        return service.stop(id);
    }

    @POST
    @Path("{id}/apply")
    public Proposal.Applied apply(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("openWork") String openWork) {
        return service.apply(id, openWork);
    }

    @POST
    @Path("{id}/discard")
    public Response discard(@PathParam("id") String id) {
        service.discard(id);
        return Response.noContent().build();
    }

    /** The proposal drawn: accounts coloured by territory, reps' homes marked ({@code which=before|after}). */
    @GET
    @Path("{id}/map.svg")
    @Produces("image/svg+xml")
    public String map(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("which") String which) {
        return maps.svg(id, which);
    }
}
