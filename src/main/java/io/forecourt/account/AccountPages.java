package io.forecourt.account;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * The account list and the one page of an account. Forms post back here and redirect on success;
 * on failure the page comes back with the typed values and what is wrong with them.
 */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
public class AccountPages {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("PROSPECT", "ACTIVE", "INACTIVE");

    /** What the page says about the last form: saved, or why not. */
    public record Notice(String kind, String message) {
    }

    /** One feature's section of the account page. */
    public record SectionView(String title, String emptyText, List<AccountSection.Line> lines) {
    }

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<AccountSection> sections;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AccountList accounts, String q, String status, List<String> statuses);

        static native TemplateInstance detail(AccountDetail detail, AccountRequest form, Map<String, String> errors,
                                              ContactRequest contact, Map<String, String> contactErrors,
                                              Notice notice, boolean canEdit, List<String> statuses,
                                              List<SectionView> sections);
    }

    @Inject
    AccountService service;

    @Inject
    ContactService contacts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
                                 @QueryParam("page") @DefaultValue("1") int page) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        return Templates.list(service.list(q, s, Math.max(1, page), PAGE_SIZE), q == null ? "" : q, s, STATUSES);
    }

    @GET
    @Path("export.csv")
    @Produces(AccountCsvResource.CSV)
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status) {
        return AccountCsvResource.csv(service.export(q, status != null && STATUSES.contains(status) ? status : null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        AccountDetail detail = service.detail(id);
        Notice notice = "account".equals(saved) ? new Notice("ok", "The account is saved.")
                : "contact".equals(saved) ? new Notice("ok", "The contact is added.") : null;
        return page(detail, detail.account().asRequest(), Map.of(), emptyContact(), Map.of(), notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response edit(@PathParam("id") long id, @RestForm String name, @RestForm String kind,
                         @RestForm String status, @RestForm String street, @RestForm String postalCode,
                         @RestForm String city, @RestForm String country, @RestForm String phone,
                         @RestForm String email, @RestForm Integer version) {
        AccountView current = service.get(id);
        // owner, territory and location are not on this form: they stay as they are
        AccountRequest form = new AccountRequest(blank(name), blank(kind), blank(status), blank(street),
                blank(postalCode), blank(city), blank(country), current.latitude(), current.longitude(),
                blank(phone), blank(email), current.ownerId(), current.territoryId(), version);
        Map<String, String> errors = errorsOf(form);
        if (!errors.isEmpty()) {
            return answer(400, page(service.detail(id), form, errors, emptyContact(), Map.of(), null));
        }
        try {
            service.update(id, form);
        } catch (ForecourtException e) {
            if (e.status() != 409) {
                throw e;
            }
            AccountDetail fresh = service.detail(id);
            return answer(409, page(fresh, fresh.account().asRequest(), Map.of(), emptyContact(), Map.of(),
                    new Notice("error", "Someone else changed this account while you were editing it. "
                            + "Below is what it says now; make your change again.")));
        }
        return Response.seeOther(URI.create("/accounts/" + id + "?saved=account")).build();
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response addContact(@PathParam("id") long id, @RestForm String firstName, @RestForm String lastName,
                               @RestForm String jobTitle, @RestForm String email, @RestForm String phone,
                               @RestForm String primary) {
        ContactRequest contact = new ContactRequest(blank(firstName), blank(lastName), blank(jobTitle),
                blank(email), blank(phone), primary != null, null);
        Map<String, String> errors = errorsOf(contact);
        if (!errors.isEmpty()) {
            AccountDetail detail = service.detail(id);
            return answer(400, page(detail, detail.account().asRequest(), Map.of(), contact, errors, null));
        }
        contacts.add(id, contact);
        return Response.seeOther(URI.create("/accounts/" + id + "?saved=contact#contacts")).build();
    }

    private TemplateInstance page(AccountDetail detail, AccountRequest form, Map<String, String> errors,
                                  ContactRequest contact, Map<String, String> contactErrors, Notice notice) {
        boolean canEdit = currentUser.hasRole(Role.REP) || currentUser.hasRole(Role.MANAGER)
                || currentUser.hasRole(Role.ADMIN);
        List<SectionView> parts = new java.util.ArrayList<>();
        for (AccountSection x : sections.stream().sorted(java.util.Comparator.comparingInt(AccountSection::order)).toList()) {
            try {
                parts.add(new SectionView(x.title(), x.emptyText(), x.lines(detail.account().id())));
            } catch (io.forecourt.common.web.ForecourtException | io.quarkus.security.ForbiddenException notForThem) {
                // the viewer may read the account but not this feature's records (a planner): leave it out
            }
        }
        return Templates.detail(detail, form, errors, contact, contactErrors, notice, canEdit, STATUSES, parts);
    }

    private Map<String, String> errorsOf(Object form) {
        Map<String, String> errors = new TreeMap<>();
        validator.validate(form).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private static ContactRequest emptyContact() {
        return new ContactRequest(null, null, null, null, null, false, null);
    }

    private static String blank(String s) {
        return AccountService.blankToNull(s);
    }
}
