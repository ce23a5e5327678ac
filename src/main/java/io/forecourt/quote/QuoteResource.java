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

    /** Sending may carry the version read (without a body it sends what is there) and an address to email the link to. */
    public record SendRequest(Integer version, @jakarta.validation.constraints.Size(max = 200) String email) {
    }

    /** The sent quote as usual, plus {@code email} (the text to copy) and {@code mail} (what became of the email). */
    public record SendAnswer(@com.fasterxml.jackson.annotation.JsonUnwrapped QuoteView quote, QuoteMails.Text email,
                             QuoteMails.Delivery mail) {
    }

    @Inject
    QuoteService service;

    @Inject
    QuoteApprovals approvals;

    @Inject
    QuoteSending sending;

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
    public SendAnswer send(@PathParam("id") long id, @Valid SendRequest request) {
        QuoteSending.Sent s = sending.send(id, request == null ? null : request.version(),
                request == null ? null : request.email());
        return new SendAnswer(s.quote(), s.email(), s.mail());
    }

    /** Emails the link of a sent quote (again, or to another address): {@code {"email"}}, or the contact's. */
    @POST
    @Path("{id:\\d+}/email")
    public SendAnswer email(@PathParam("id") long id, @Valid SendRequest request) {
        QuoteSending.Sent s = sending.mail(id, request == null || request.email() == null ? "" : request.email());
        return new SendAnswer(s.quote(), s.email(), s.mail());
    }
}
