package io.forecourt.lead;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The leads the caller may see (same filters as the list) as one CSV file. */
@Path("/api/leads.csv")
public class LeadCsvResource {

    @Inject
    LeadService service;

    @GET
    @Produces(LeadResource.CSV)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response export(@QueryParam("status") String status, @QueryParam("q") String q) {
        return csv(service.export(status, q));
    }

    static Response csv(java.util.List<LeadView> leads) {
        return Response.ok(LeadCsv.write(leads)).type(LeadResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leads.csv\"").build();
    }
}
