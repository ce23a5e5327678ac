package io.forecourt.account;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/**
 * The account list, the new-account form and the one page of an account. Forms post back here and
 * redirect on success; on failure the page comes back with the typed values and what is wrong with
 * them. Contacts have their forms in {@link ContactPages}.
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

    /** One feature's section of the account page, with the link to its own form if it has one. */
    public record SectionView(String title, String emptyText, List<AccountSection.Line> lines,
                              AccountSection.Line action) {
    }

    /** A refused change of one contact: that contact's form opens again with what was typed. */
    public record ContactEdit(long contactId, ContactRequest form, Map<String, String> errors) {

        static final ContactEdit NONE = new ContactEdit(-1, AccountForms.emptyContact(), Map.of());

        public boolean isFor(long id) {
            return contactId == id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AccountList accounts, String q, String status, List<String> statuses,
                                            boolean canEdit);

        static native TemplateInstance create(AccountRequest form, Map<String, String> errors, List<String> statuses);

        static native TemplateInstance detail(AccountDetail detail, AccountRequest form, Map<String, String> errors,
                                              ContactRequest contact, Map<String, String> contactErrors,
                                              ContactEdit contactEdit, Notice notice, boolean canEdit,
                                              List<String> statuses, List<SectionView> sections);
    }

    @Inject
    AccountService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountForms forms;

    @Inject
    jakarta.enterprise.inject.Instance<AccountSection> sections;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
                                 @QueryParam("page") @DefaultValue("1") int page) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        return Templates.list(service.list(q, s, Math.max(1, page), PAGE_SIZE), q == null ? "" : q, s, STATUSES,
                canEdit());
    }

    @GET
    @Path("export.csv")
    @Produces(AccountCsvResource.CSV)
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status) {
        return AccountCsvResource.csv(service.export(q, status != null && STATUSES.contains(status) ? status : null));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public TemplateInstance newAccount() {
        return Templates.create(new AccountRequest(null, "COMPANY", "PROSPECT", null, null, null, "FR", null, null,
                null, null, null, null, null), Map.of(), STATUSES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response create(@RestForm String name, @RestForm String kind, @RestForm String status,
                           @RestForm String street, @RestForm String postalCode, @RestForm String city,
                           @RestForm String country, @RestForm String latitude, @RestForm String longitude,
                           @RestForm String phone, @RestForm String email) {
        AccountForms.Typed typed = forms.account(name, kind, status, street, postalCode, city, country, latitude,
                longitude, phone, email, null, null, null);
        if (!typed.errors().isEmpty()) {
            return answer(400, Templates.create(typed.request(), typed.errors(), STATUSES));
        }
        AccountView created = service.create(typed.request());
        return Response.seeOther(URI.create("/accounts/" + created.id() + "?saved=created")).build();
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        AccountDetail detail = service.detail(id);
        return page(detail, detail.account().asRequest(), Map.of(), null, Map.of(), null, notice(saved));
    }

    @POST
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response edit(@PathParam("id") long id, @RestForm String name, @RestForm String kind,
                         @RestForm String status, @RestForm String street, @RestForm String postalCode,
                         @RestForm String city, @RestForm String country, @RestForm String latitude,
                         @RestForm String longitude, @RestForm String phone, @RestForm String email,
                         @RestForm Integer version) {
        AccountView current = service.get(id);
        // owner and territory are not on this form: they stay as they are
        AccountForms.Typed typed = forms.account(name, kind, status, street, postalCode, city, country, latitude,
                longitude, phone, email, current.ownerId(), current.territoryId(), version);
        if (!typed.errors().isEmpty()) {
            return answer(400, page(service.detail(id), typed.request(), typed.errors(), null, Map.of(), null, null));
        }
        try {
            service.update(id, typed.request());
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, stale -> {
                AccountDetail fresh = service.detail(id);
                return answer(409, page(fresh, fresh.account().asRequest(), Map.of(), null, Map.of(), null,
                        new Notice("error", "Someone else changed this account while you were editing it. "
                                + "Below is what it says now; make your change again.")));
            }, 409);
        }
        return Response.seeOther(URI.create("/accounts/" + id + "?saved=account")).build();
    }

    TemplateInstance page(AccountDetail detail, AccountRequest form, Map<String, String> errors,
                          ContactRequest contact, Map<String, String> contactErrors, ContactEdit contactEdit,
                          Notice notice) {
        List<SectionView> parts = new java.util.ArrayList<>();
        long accountId = detail.account().id();
        for (AccountSection x : sections.stream().sorted(java.util.Comparator.comparingInt(AccountSection::order)).toList()) {
            try {
                parts.add(new SectionView(x.title(), x.emptyText(), x.lines(accountId),
                        canEdit() ? x.action(accountId) : null));
            } catch (ForecourtException | io.quarkus.security.ForbiddenException notForThem) {
                // the viewer may read the account but not this feature's records (a planner): leave it out
            }
        }
        return Templates.detail(detail, form, errors, contact == null ? AccountForms.emptyContact() : contact,
                contactErrors, contactEdit == null ? ContactEdit.NONE : contactEdit, notice, canEdit(), STATUSES, parts);
    }

    static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private boolean canEdit() {
        return currentUser.hasRole(Role.REP) || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
    }

    private static Notice notice(String saved) {
        String message = saved == null ? null : switch (saved) {
            case "account" -> "The account is saved.";
            case "created" -> "The account is created. Add its contacts below.";
            case "contact" -> "The contact is added.";
            case "contact-changed" -> "The contact is saved.";
            case "converted" -> "The lead is converted: here is its account, with its primary contact and an "
                    + "opportunity in Prospecting.";
            case "activity" -> "The contact is logged in the timeline.";
            case "opportunity" -> "The opportunity is open; it is on the pipeline board.";
            default -> null;
        };
        return message == null ? null : new Notice("ok", message);
    }
}
