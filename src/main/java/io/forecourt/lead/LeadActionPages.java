package io.forecourt.lead;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One lead's buttons on the leads page: contacted, qualify, disqualify (with a reason), convert
 * (landing on the new account) and merge a flagged duplicate into the lead it matches. A move the
 * lead's status does not allow comes back as the page with the reason (409), never a stack trace.
 */
@Path("/leads/{id:\\d+}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class LeadActionPages {

    @Inject
    LeadService service;

    @Inject
    LeadPages pages;

    @POST
    @Path("contacted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contacted(@PathParam("id") long id) {
        return act(id, () -> service.contacted(id), "contacted");
    }

    @POST
    @Path("qualify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response qualify(@PathParam("id") long id) {
        return act(id, () -> service.qualify(id), "qualified");
    }

    @POST
    @Path("disqualify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disqualify(@PathParam("id") long id, @RestForm String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            String error = reason == null || reason.isBlank() ? "Say why the lead is disqualified"
                    : "The reason is longer than 500 characters";
            return LeadPages.answer(400, pages.page(null, null, LeadPages.empty(), Map.of(), List.of(),
                    new LeadPages.Notice("error", error), new LeadPages.Refusal(id, reason, error)));
        }
        return act(id, () -> service.disqualify(id, reason), "disqualified");
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") long id, @RestForm Long into) {
        if (into == null) {
            return LeadPages.answer(400, pages.page(null, null, LeadPages.empty(), Map.of(), List.of(),
                    new LeadPages.Notice("error", "Choose the lead to merge into"), null));
        }
        return act(id, () -> service.merge(id, into), "merged");
    }

    @POST
    @Path("convert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response convert(@PathParam("id") long id) {
        try {
            LeadActions.Converted converted = service.convert(id);
            return Response.seeOther(URI.create("/accounts/" + converted.accountId() + "?saved=converted")).build();
        } catch (ForecourtException e) {
            return refused(id, e);
        }
    }

    static String doneNotice(String done) {
        return switch (done) {
            case "contacted" -> "Marked as contacted.";
            case "qualified" -> "Qualified: it can now be converted into an account.";
            case "disqualified" -> "Disqualified, with the reason on record.";
            case "merged" -> "Merged: the duplicate is kept as history of the lead it was merged into.";
            default -> "Done.";
        };
    }

    private Response act(long id, Supplier<LeadView> action, String done) {
        try {
            action.get();
        } catch (ForecourtException e) {
            return refused(id, e);
        }
        return Response.seeOther(URI.create("/leads?done=" + done + "#lead-" + id)).build();
    }

    /** Out of scope stays a 404 (error page); a move the status does not allow is shown on the list. */
    private Response refused(long id, ForecourtException e) {
        if (e.status() != 409 && e.status() != 400) {
            throw e;
        }
        return LeadPages.answer(e.status(), pages.page(null, null, LeadPages.empty(), Map.of(), List.of(),
                new LeadPages.Notice("error", e.getMessage()), new LeadPages.Refusal(id, null, e.getMessage())));
    }
}
