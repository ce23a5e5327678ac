package io.forecourt.forecast.flag;

import io.forecourt.forecast.Csv;
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

import java.time.LocalDate;
import java.util.List;

/** Flags: reps read their own, managers their team's; managers and admins re-evaluate on demand. */
@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class FlagResource {

    @Inject
    FlagService service;

    @Inject
    io.forecourt.forecast.Actuals actuals;

    @GET
    public List<FlagService.FlagView> list(@QueryParam("status") String status, @QueryParam("rep") Long rep) {
        return service.list(status, rep);
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("status") String status, @QueryParam("rep") Long rep) {
        return Csv.of(List.of("id", "rule", "rep", "subject", "message", "raised_at", "cleared_at"),
                service.list(status, rep).stream().map(f -> List.<Object>of(f.id(), f.rule(), f.rep(), f.subjectKey(),
                        f.message(), f.raisedAt(), f.clearedAt() == null ? "" : f.clearedAt())).toList());
    }

    @GET
    @Path("{id:\\d+}")
    public FlagService.FlagView get(@PathParam("id") long id) {
        return service.get(id);
    }

    /** Re-evaluates the caller's teams now ({@code asOf}: the day to judge, default today). */
    @POST
    @Path("evaluate")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public FlagService.Evaluation evaluate(@QueryParam("asOf") LocalDate asOf) {
        return service.evaluateVisible(asOf == null ? actuals.today() : asOf);
    }
}
