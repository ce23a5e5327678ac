package io.forecourt.catalog;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/** Admins list the car models, download their documents and upload new or changed ones. */
@Path("/admin/catalog")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CatalogAdminPage {

    /** Why the last upload was refused: a general problem, and the located errors if there were any. */
    public record Refusal(String fileName, String problem, List<CatalogError> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<CatalogEntry> products, CatalogEntry saved, Refusal refusal);
    }

    @Inject
    CatalogService catalog;

    @GET
    public TemplateInstance page(@QueryParam("saved") String saved) {
        CatalogEntry justSaved = saved == null ? null : catalog.entry(saved).orElse(null);
        return Templates.catalog(catalog.entries(), justSaved, null);
    }

    @GET
    @Path("{code}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@PathParam("code") String code) {
        return Response.ok(catalog.export(code).json())
                .header("Content-Disposition", "attachment; filename=\"" + code + ".json\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("document") FileUpload document) {
        String fileName = document == null ? null : document.fileName();
        try {
            if (document == null || document.size() == 0) {
                throw ForecourtException.badRequest("Choose a JSON file to upload");
            }
            CatalogService.Saved saved = catalog.importDocument(Files.readAllBytes(document.uploadedFile()));
            return Response.seeOther(URI.create("/admin/catalog?saved=" + saved.product().code())).build();
        } catch (InvalidProductException e) {
            return refused(422, new Refusal(fileName, e.getMessage(), e.errors()));
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, r -> refused(400, new Refusal(fileName, r.getMessage(), List.of())), 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response refused(int status, Refusal refusal) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.catalog(catalog.entries(), null, refusal)).build();
    }
}
