package io.forecourt.catalog;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * Catalogue maintenance for admins: whole documents as JSON, variant tables as CSV. Writes take the
 * version they were based on from {@code If-Match} (the ETag of the GET) or {@code ?version=}; a stale
 * one is a 409.
 */
@Path("/api/admin/products")
@RolesAllowed(Role.ADMIN)
public class ProductAdminResource {

    static final String CSV = "text/csv";

    @Inject
    CatalogService catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CatalogEntry> list() {
        return catalog.entries();
    }

    @GET
    @Path("{code}/document")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDocument.class)))
    public Response document(@PathParam("code") String code) {
        CatalogService.Export export = catalog.export(code);
        return Response.ok(export.json()).tag(etag(export.version())).build();
    }

    @PUT
    @Path("{code}/document")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") String code,
                        // read as bytes so that CatalogJson, not the default mapper, decides what is malformed
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ProductDocument.class))) byte[] body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @QueryParam("version") String version, UriInfo uri) {
        CatalogService.Saved saved = catalog.save(code, body, expectedVersion(ifMatch, version));
        Response.ResponseBuilder answer = saved.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return answer.entity(saved.product()).tag(etag(saved.product().version())).build();
    }

    @DELETE
    @Path("{code}")
    public void delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                       @QueryParam("version") String version) {
        catalog.delete(code, expectedVersion(ifMatch, version));
    }

    @GET
    @Path("{code}/tables/{table}.csv")
    @Produces(CSV + ";charset=UTF-8")
    public Response tableCsv(@PathParam("code") String code, @PathParam("table") String table) {
        return Response.ok(catalog.tableCsv(code, table))
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + table + ".csv\"").build();
    }

    @PUT
    @Path("{code}/tables/{table}.csv")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response putTableCsv(@PathParam("code") String code, @PathParam("table") String table, String body,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("version") String version) {
        CatalogService.Saved saved = catalog.replaceTable(code, table, body, expectedVersion(ifMatch, version));
        return Response.ok(saved.product()).tag(etag(saved.product().version())).build();
    }

    private static EntityTag etag(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** {@code If-Match: "3"} (or W/"3", or 3) and {@code ?version=3} mean the same; both must agree. */
    static Long expectedVersion(String ifMatch, String version) {
        Long fromHeader = ifMatch == null || ifMatch.isBlank() ? null
                : number(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""), "If-Match");
        Long fromQuery = version == null || version.isBlank() ? null : number(version.strip(), "version");
        if (fromHeader != null && fromQuery != null && !fromHeader.equals(fromQuery)) {
            throw ForecourtException.badRequest("If-Match and version name different versions");
        }
        return fromHeader != null ? fromHeader : fromQuery;
    }

    private static Long number(String value, String what) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ForecourtException.badRequest(what + " must be a product version such as \"3\"");
        }
    }
}
