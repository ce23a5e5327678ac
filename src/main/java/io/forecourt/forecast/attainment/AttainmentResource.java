package io.forecourt.forecast.attainment;

import io.forecourt.forecast.Csv;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/** GET /api/attainment?period=&scope=rep|team|territory&id=[&asOf=] as JSON or CSV. */
@Path("/api/attainment")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class AttainmentResource {

    @Inject
    AttainmentService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Attainment get(@QueryParam("period") String period, @QueryParam("scope") String scope,
                          @QueryParam("id") Long id, @QueryParam("asOf") LocalDate asOf) {
        return service.attainment(period, scope, id, asOf);
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("period") String period, @QueryParam("scope") String scope,
                      @QueryParam("id") Long id, @QueryParam("asOf") LocalDate asOf) {
        Attainment a = service.attainment(period, scope, id, asOf);
        return Csv.of(List.of("period", "subject", "metric", "quota", "actual", "attainment_percent", "variance",
                        "pro_rata", "projection", "status"),
                a.targets().stream().map(t -> List.<Object>of(a.period(), a.subject(), t.metric(), t.quota(), t.actual(),
                        t.attainmentPercent() == null ? "" : t.attainmentPercent(), t.variance(), t.proRata(),
                        t.projection(), t.status())).toList());
    }
}
