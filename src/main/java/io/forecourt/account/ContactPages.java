package io.forecourt.account;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
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
import java.util.Map;

/** Adding and changing the contacts of an account from its page; errors come back on the account page. */
@Path("/accounts/{id:\\d+}/contacts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class ContactPages {

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    AccountPages pages;

    @Inject
    AccountForms forms;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @RestForm String firstName, @RestForm String lastName,
                        @RestForm String jobTitle, @RestForm String email, @RestForm String phone,
                        @RestForm String primary) {
        ContactRequest contact = contact(firstName, lastName, jobTitle, email, phone, primary, null);
        Map<String, String> errors = forms.errorsOf(contact);
        if (!errors.isEmpty()) {
            AccountDetail detail = accounts.detail(id);
            return AccountPages.answer(400, pages.page(detail, detail.account().asRequest(), Map.of(), contact, errors,
                    null, null));
        }
        contacts.add(id, contact);
        return Response.seeOther(URI.create("/accounts/" + id + "?saved=contact#contacts")).build();
    }

    @POST
    @Path("{contactId:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @PathParam("contactId") long contactId,
                         @RestForm String firstName, @RestForm String lastName, @RestForm String jobTitle,
                         @RestForm String email, @RestForm String phone, @RestForm String primary,
                         @RestForm Integer version) {
        ContactRequest contact = contact(firstName, lastName, jobTitle, email, phone, primary, version);
        Map<String, String> errors = forms.errorsOf(contact);
        if (version == null) {
            errors.put("version", "is missing; reload the page");
        }
        if (!errors.isEmpty()) {
            AccountDetail detail = accounts.detail(id);
            return AccountPages.answer(400, pages.page(detail, detail.account().asRequest(), Map.of(), null, Map.of(),
                    new AccountPages.ContactEdit(contactId, contact, errors), null));
        }
        try {
            contacts.update(id, contactId, contact);
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, stale -> {
                AccountDetail fresh = accounts.detail(id);
                return AccountPages.answer(409, pages.page(fresh, fresh.account().asRequest(), Map.of(), null,
                        Map.of(), null, new AccountPages.Notice("error", "Someone else changed this contact while "
                                + "you were editing it. Below is what it says now; make your change again.")));
            }, 409);
        }
        return Response.seeOther(URI.create("/accounts/" + id + "?saved=contact-changed#contacts")).build();
    }

    private static ContactRequest contact(String firstName, String lastName, String jobTitle, String email,
                                          String phone, String primary, Integer version) {
        return new ContactRequest(AccountForms.blank(firstName), AccountForms.blank(lastName),
                AccountForms.blank(jobTitle), AccountForms.blank(email), AccountForms.blank(phone), primary != null,
                version);
    }
}
