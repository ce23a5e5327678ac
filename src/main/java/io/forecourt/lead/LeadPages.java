package io.forecourt.lead;

import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** The leads the caller may see, searchable and filterable, with the flagged duplicates marked. */
@Path("/leads")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class LeadPages {

    static final List<String> STATUSES = Arrays.stream(Lead.Status.values()).map(Enum::name).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LeadView> leads, String q, String status, List<String> statuses);
    }

    @Inject
    LeadService service;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        return Templates.list(service.list(s, q), q == null ? "" : q, s, STATUSES);
    }
}
