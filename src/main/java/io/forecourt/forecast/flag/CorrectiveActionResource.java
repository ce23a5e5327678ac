package io.forecourt.forecast.flag;

import io.forecourt.forecast.Csv;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Corrective actions: managers take and close them for their team; reps read those about them. */
@Path("/api/corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class CorrectiveActionResource {

    @Inject
    CorrectiveActions service;

    @GET
    public List<ActionJson.ActionView> list(@QueryParam("status") CorrectiveAction.Status status, @QueryParam("rep") Long rep) {
        return service.list(status, rep);
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("status") CorrectiveAction.Status status, @QueryParam("rep") Long rep) {
        return Csv.of(List.of("id", "rep", "kind", "owner", "due_on", "status", "metric", "period", "metric_at_action",
                        "next_period", "metric_at_next_period_end"),
                service.list(status, rep).stream().map(a -> List.<Object>of(a.id(), a.rep(), a.kind(), a.owner(), a.dueOn(),
                        a.status(), a.metric(), a.period(), a.metricAtAction() == null ? "" : a.metricAtAction(),
                        a.nextPeriod(), a.metricAtNextPeriodEnd() == null ? "" : a.metricAtNextPeriodEnd())).toList());
    }

    @GET
    @Path("{id:\\d+}")
    public ActionJson.ActionView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ActionJson.NewAction body) {
        ActionJson.ActionView v = service.create(body);
        return Response.created(URI.create("/api/corrective-actions/" + v.id())).entity(v).build();
    }

    @POST
    @Path("{id:\\d+}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionJson.ActionView close(@PathParam("id") long id, @Valid @NotNull ActionJson.Closing body) {
        return service.close(id, body);
    }
}
