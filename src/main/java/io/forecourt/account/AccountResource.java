package io.forecourt.account;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

/**
 * Accounts and their contacts. Reps, managers and admins read and write within their scope; planners
 * only read. Out of scope is 404.
 */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class AccountResource {

    @Inject
    AccountService service;

    @Inject
    ContactService contacts;

    @GET
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
    public AccountList list(@QueryParam("q") String q, @QueryParam("status") String status,
                            @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("size") @DefaultValue("25") int size) {
        return service.list(q, status, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull AccountRequest request) {
        AccountView created = service.create(request);
        return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
    public AccountView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView update(@PathParam("id") long id, @Valid @NotNull AccountRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.list(id);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addContact(@PathParam("id") long id, @Valid @NotNull ContactRequest request) {
        ContactView created = contacts.add(id, request);
        return Response.created(URI.create("/api/accounts/" + id + "/contacts/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactView updateContact(@PathParam("id") long id, @PathParam("contactId") long contactId,
                                     @Valid @NotNull ContactRequest request) {
        return contacts.update(id, contactId, request);
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    public void deleteContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        contacts.delete(id, contactId);
    }
}
