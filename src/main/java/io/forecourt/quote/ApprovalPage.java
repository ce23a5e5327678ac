package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The approver's queue: each waiting quote with the rules that sent it here, approve or reject with a comment. */
@Path("/approvals")
@RolesAllowed({Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ApprovalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<QuoteView> quotes, String notice, String error);
    }

    @Inject
    QuoteApprovals quotes;

    @GET
    public TemplateInstance queue(@QueryParam("done") String done) {
        return Templates.queue(quotes.queue(), done != null ? "Decision recorded: " + done + "." : null, null);
    }

    @POST
    @Path("{id:\\d+}/{decision:approve|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @PathParam("decision") String decision,
                           @RestForm String comment, @RestForm Integer version) {
        try {
            Decision d = new Decision(comment, version == null ? -1 : version);
            QuoteView q = "approve".equals(decision) ? quotes.approve(id, d) : quotes.reject(id, d);
            return Response.seeOther(URI.create("/approvals?done=" + q.number() + "+" + q.status().words().toLowerCase()))
                    .build();
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, r -> PageAnswers.html(r.status(),
                    Templates.queue(quotes.queue(), null, r.getMessage())), 409, 422);
        }
    }
}
