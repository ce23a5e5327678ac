package io.forecourt.opportunity;

import io.forecourt.common.web.ForecourtException;
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

/** The pipeline board: open opportunities in stage columns, each card one tap from the next or previous stage. */
@Path("/pipeline")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PipelinePage {

    @CheckedTemplate(basePath = "OpportunityPages")
    static class Templates {
        static native TemplateInstance board(Board board, String notice, String error);
    }

    @Inject
    Pipelines pipelines;

    @Inject
    OpportunityService opportunities;

    @GET
    public TemplateInstance show(@QueryParam("owner") String owner, @QueryParam("moved") Long moved) {
        return Templates.board(pipelines.board(owner(owner)), moved != null ? "Moved." : null, null);
    }

    /** The rep selector sends an empty owner for "the whole team". */
    private static Long owner(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ForecourtException.badRequest("owner is a user id");
        }
    }

    @POST
    @Path("opportunities/{id:\\d+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @RestForm Stage to, @RestForm Integer version,
                         @RestForm Long owner) {
        if (to == null || version == null) {
            return page(400, owner, "Choose a stage to move to");
        }
        try {
            opportunities.move(id, new StageMove(to, version, null, null));
        } catch (ForecourtException e) {
            if (e.status() != 409 && e.status() != 422) {
                throw e;
            }
            return page(e.status(), owner, e.getMessage());
        }
        return Response.seeOther(URI.create("/pipeline?" + (owner != null ? "owner=" + owner + "&" : "") + "moved=" + id))
                .build();
    }

    private Response page(int status, Long owner, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.board(pipelines.board(owner), null, error)).build();
    }
}
