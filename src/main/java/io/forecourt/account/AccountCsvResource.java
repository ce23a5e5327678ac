package io.forecourt.account;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The accounts the caller may see (same filters as the list) as one CSV file. */
@Path("/api/accounts.csv")
public class AccountCsvResource {

    static final String CSV = "text/csv";

    @Inject
    AccountService service;

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status) {
        return csv(service.export(q, status));
    }

    static Response csv(java.util.List<AccountView> accounts) {
        return Response.ok(AccountsCsv.write(accounts))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accounts.csv\"").build();
    }
}
