package io.forecourt.forecast.quota;

import io.forecourt.security.Role;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Quotas: reps read their own, managers set their team's, admins all. */
@Path("/api/quotas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class QuotaResource {

    @Inject
    QuotaService service;

    @Inject
    QuotaAllocation allocation;

    @GET
    public List<QuotaJson.QuotaView> list(@QueryParam("period") String period, @QueryParam("scope") String scope,
                                          @QueryParam("id") Long id) {
        return service.list(period, scope, id);
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("period") String period, @QueryParam("scope") String scope, @QueryParam("id") Long id) {
        return io.forecourt.forecast.Csv.of(List.of("id", "scope", "subject_id", "subject", "period", "metric", "target", "version"),
                service.list(period, scope, id).stream().map(q -> List.<Object>of(q.id(), q.scope(), q.subjectId(),
                        q.subject() == null ? "" : q.subject(), q.period(), q.metric(), q.target(), q.version())).toList());
    }

    @GET
    @Path("{id:\\d+}")
    public QuotaJson.QuotaView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id:\\d+}/history")
    public List<QuotaJson.ChangeView> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MANAGER, Role.ADMIN, Role.REP})
    public Response create(@Valid @NotNull QuotaJson.NewQuota body) {
        QuotaJson.QuotaView v = service.create(body);
        return Response.created(URI.create("/api/quotas/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaJson.QuotaView update(@PathParam("id") long id, @Valid @NotNull QuotaJson.QuotaUpdate body) {
        return service.update(id, body);
    }

    /** The split of a team quota over its reps, not saved. */
    @POST
    @Path("allocation/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaJson.Allocation preview(@Valid @NotNull QuotaJson.AllocationRequest body) {
        return allocation.preview(body);
    }

    /** The same split, saved as the reps' quotas (and the team's, when a target is named). */
    @POST
    @Path("allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaJson.Allocation apply(@Valid @NotNull QuotaJson.AllocationRequest body) {
        return allocation.apply(body);
    }
}
