package io.forecourt.lead;

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

/** Leads for reps (their own), managers (their team's) and admins (all); out of scope is 404. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class LeadResource {

    static final String CSV = "text/csv";

    @Inject
    LeadService service;

    @GET
    public List<LeadView> list(@QueryParam("status") String status, @QueryParam("q") String q) {
        return service.list(status, q);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull LeadRequest request) {
        LeadView created = service.create(request);
        return Response.created(URI.create("/api/leads/" + created.id())).entity(created).build();
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    public LeadActions.Imported importCsv(String body) {
        return service.importCsv(body);
    }

    @GET
    @Path("{id}")
    public LeadView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeadView update(@PathParam("id") long id, @Valid @NotNull LeadRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("{id}/contacted")
    public LeadView contacted(@PathParam("id") long id) {
        return service.contacted(id);
    }

    @POST
    @Path("{id}/qualify")
    public LeadView qualify(@PathParam("id") long id) {
        return service.qualify(id);
    }

    @POST
    @Path("{id}/disqualify")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeadView disqualify(@PathParam("id") long id, @Valid @NotNull LeadActions.Disqualify request) {
        return service.disqualify(id, request.reason());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeadView merge(@PathParam("id") long id, @Valid @NotNull LeadActions.Merge request) {
        return service.merge(id, request.into());
    }

    @POST
    @Path("{id}/convert")
    public LeadActions.Converted convert(@PathParam("id") long id) {
        return service.convert(id);
    }
}
