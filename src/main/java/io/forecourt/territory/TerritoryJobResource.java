package io.forecourt.territory;

import io.forecourt.planning.JobView;
import io.forecourt.planning.PlanningJobResource;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Territory rebalancing jobs (planners and admins): start one, follow it, stop it (the shared job endpoints),
 * read its draft proposal and score by constraint, then apply or discard it.
 */
@Path("/api/planning/territories/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public class TerritoryJobResource extends PlanningJobResource<RebalanceRequest, Proposal, Proposal> {

    @Inject
    TerritoryService service;

    @Inject
    TerritoryMaps maps;

    @Override
    protected Proposal begin(RebalanceRequest request) {
        return service.start(request);
    }

    @Override
    protected String idOf(Proposal started) {
        return started.job().id();
    }

    @Override
    protected List<JobView> jobs() {
        return service.list();
    }

    @Override
    protected Proposal read(String id) {
        return service.proposal(id);
    }

    @Override
    protected Proposal halt(String id) {
        return service.stop(id);
    }

    @POST
    @Path("{id}/apply")
    public Proposal.Applied apply(@PathParam("id") String id, @QueryParam("openWork") String openWork) {
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
    public String map(@PathParam("id") String id, @QueryParam("which") String which) {
        return maps.svg(id, which);
    }
}
