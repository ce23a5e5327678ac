package io.forecourt.lead;

import io.forecourt.common.web.FormErrors;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leads the caller may see, with the forms to enter one and to import a CSV file (all or
 * nothing: a refused file comes back with its errors by row). The per-lead actions are in
 * {@link LeadActionPages}. Every form posts back and redirects on success.
 */
@Path("/leads")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class LeadPages {

    static final List<String> STATUSES = Arrays.stream(Lead.Status.values()).map(Enum::name).toList();

    /** What the page says after a form: done (kind ok), or why not (kind error). */
    public record Notice(String kind, String message) {
    }

    /** A refused action on one lead: the page opens that lead's form again with what was typed. */
    public record Refusal(long leadId, String reason, String error) {

        public boolean isFor(long id) {
            return leadId == id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LeadView> leads, String q, String status, List<String> statuses,
                                            LeadRequest form, Map<String, String> errors,
                                            List<LeadActions.RowError> importErrors, Notice notice, Refusal refusal,
                                            java.util.Set<Long> mergeable);
    }

    @Inject
    LeadService service;

    @Inject
    FormErrors formErrors;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
                                 @QueryParam("saved") Long saved, @QueryParam("imported") Integer imported,
                                 @QueryParam("flagged") Integer flagged, @QueryParam("done") String done) {
        Notice notice = saved != null ? new Notice("ok", savedNotice(saved))
                : imported != null ? new Notice("ok", "Imported " + imported + " lead" + (imported == 1 ? "" : "s")
                + (flagged != null && flagged > 0 ? "; " + flagged + " flagged as possible duplicates." : "."))
                : done != null ? new Notice("ok", LeadActionPages.doneNotice(done)) : null;
        return page(q, status, empty(), Map.of(), List.of(), notice, null);
    }

    /** The CSV of what the list shows, for the signed-in browser (the API wants Basic, pages use the session). */
    @GET
    @Path("export.csv")
    @Produces(LeadResource.CSV)
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status) {
        return LeadCsvResource.csv(service.export(status != null && STATUSES.contains(status) ? status : null, q));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@RestForm String name, @RestForm String company, @RestForm String email,
                          @RestForm String phone, @RestForm String city) {
        LeadRequest form = new LeadRequest(LeadService.blankToNull(name), LeadService.blankToNull(company),
                LeadService.blankToNull(email), LeadService.blankToNull(phone), LeadService.blankToNull(city), null);
        Map<String, String> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return answer(400, page(null, null, form, errors, List.of(), null, null));
        }
        LeadView created = service.create(form);
        return Response.seeOther(URI.create("/leads?saved=" + created.id())).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return answer(400, page(null, null, empty(), Map.of(), List.of(),
                    new Notice("error", "Choose a CSV file to import."), null));
        }
        String text;
        try {
            text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException notText) {
            return answer(400, page(null, null, empty(), Map.of(), List.of(),
                    new Notice("error", "This file is not a CSV file in UTF-8; nothing was imported."), null));
        }
        try {
            LeadActions.Imported imported = service.importCsv(text);
            return Response.seeOther(URI.create("/leads?imported=" + imported.imported()
                    + "&flagged=" + imported.duplicates().size())).build();
        } catch (ImportRefused e) {
            return answer(422, page(null, null, empty(), Map.of(), e.errors(),
                    new Notice("error", "Nothing was imported: " + e.getMessage() + ". Correct the file and send it again."),
                    null));
        }
    }

    TemplateInstance page(String q, String status, LeadRequest form, Map<String, String> errors,
                          List<LeadActions.RowError> importErrors, Notice notice, Refusal refusal) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        List<LeadView> leads = service.list(s, q);
        // a flagged duplicate may match a lead the caller does not see: no merge button for that one
        java.util.Set<Long> mergeable = service.visibleAmong(leads.stream().map(LeadView::duplicateOf)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return Templates.list(leads, q == null ? "" : q, s, STATUSES, form, errors, importErrors, notice, refusal,
                mergeable);
    }

    static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    static LeadRequest empty() {
        return new LeadRequest(null, null, null, null, null, null);
    }

    private String savedNotice(long id) {
        LeadView lead = service.get(id);
        return "Lead " + lead.name() + " entered" + (lead.owner() != null ? " for " + lead.owner() : "")
                + (lead.duplicateOf() != null ? "; it looks like lead #" + lead.duplicateOf() + " ("
                + lead.duplicateReason() + "): merge it below if it is the same person." : ".");
    }
}
