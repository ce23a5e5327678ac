package io.forecourt.rules;

import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * Admins see the rule sets in service (versions, files, which folder governs which products, every
 * rule) and reload them from the folder; a refused reload lists each error with file and line, and
 * the rules in service stay as they were.
 */
@Path("/admin/rules")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RulesAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(List<RuleSetView> sets, String folder, boolean reloaded,
                                             List<RuleError> errors);
    }

    @Inject
    Rules rules;

    @GET
    public TemplateInstance page(@QueryParam("reloaded") boolean reloaded) {
        return Templates.rules(rules.inService(), rules.folder().toString(), reloaded, List.of());
    }

    @POST
    @Path("reload")
    public Response reload() {
        try {
            rules.reload();
            return Response.seeOther(URI.create("/admin/rules?reloaded=true")).build();
        } catch (RulesRejected e) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.rules(rules.inService(), rules.folder().toString(), false, e.errors())).build();
        }
    }
}
