package io.forecourt.quote;

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

/** Quotes for reps (create, revise, send), approvers (queue, approve, reject) and managers. */
@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class QuoteResource {

    /** Sending may carry the version read; without a body it sends what is there. */
    public record SendRequest(Integer version) {
    }

    @Inject
    QuoteService service;

    @Inject
    QuoteApprovals approvals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull QuoteRequest request) {
        QuoteView q = service.create(request);
        return Response.created(URI.create("/api/quotes/" + q.id())).entity(q).build();
    }

    @GET
    public List<QuoteView> list(@QueryParam("status") QuoteStatus status, @QueryParam("account") Long account) {
        return service.list(status, account);
    }

    @GET
    @Path("approvals")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public List<QuoteView> approvals() {
        return approvals.queue();
    }

    @GET
    @Path("{id:\\d+}")
    public QuoteView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuoteView revise(@PathParam("id") long id, @Valid @NotNull QuoteChange change) {
        return service.revise(id, change);
    }

    @POST
    @Path("{id:\\d+}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public QuoteView approve(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return approvals.approve(id, decision);
    }

    @POST
    @Path("{id:\\d+}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public QuoteView reject(@PathParam("id") long id, @Valid @NotNull Decision decision) {
        return approvals.reject(id, decision);
    }

    @POST
    @Path("{id:\\d+}/send")
    public QuoteView send(@PathParam("id") long id, SendRequest request) {
        return service.send(id, request == null ? null : request.version());
    }
}
