package io.forecourt.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The people at an account; whoever may read or change the account may read or change its contacts. */
@ApplicationScoped
public class ContactService {

    @Inject
    AccountService accounts;

    @Inject
    ContactRepository contacts;

    @Transactional
    public List<ContactView> list(long accountId) {
        accounts.readable(accountId);
        return contacts.ofAccount(accountId).stream().map(ContactView::of).toList();
    }

    @Transactional
    public ContactView add(long accountId, @Valid @NotNull ContactRequest request) {
        accounts.writable(accountId);
        Contact c = new Contact(accountId, AccountService.blankToNull(request.firstName()), request.lastName().trim());
        apply(c, request);
        contacts.persist(c);
        contacts.flush();
        if (c.isPrimary()) {
            contacts.demoteOthers(accountId, c.getId());
        }
        return ContactView.of(c);
    }

    /** Like accounts, a change based on an older version is refused (409), never lost. */
    @Transactional
    public ContactView update(long accountId, long contactId, @Valid @NotNull ContactRequest request) {
        if (request.version() == null) {
            throw AccountService.invalid("version", "must be the version the change is based on");
        }
        Contact c = find(accountId, contactId);
        if (request.version() != c.getVersion()) {
            throw AccountService.stale(c.getVersion());
        }
        c.setFirstName(AccountService.blankToNull(request.firstName()));
        c.setLastName(request.lastName().trim());
        apply(c, request);
        if (c.isPrimary()) {
            contacts.demoteOthers(accountId, contactId);
        }
        contacts.flush();
        return ContactView.of(c);
    }

    @Transactional
    public void delete(long accountId, long contactId) {
        contacts.delete(find(accountId, contactId));
    }

    private Contact find(long accountId, long contactId) {
        accounts.writable(accountId);
        return contacts.findInAccount(accountId, contactId)
                .orElseThrow(() -> ForecourtException.notFound("Contact " + contactId));
    }

    private static void apply(Contact c, ContactRequest r) {
        c.setJobTitle(AccountService.blankToNull(r.jobTitle()));
        c.setEmail(AccountService.blankToNull(r.email()));
        c.setPhone(AccountService.blankToNull(r.phone()));
        c.setPrimary(Boolean.TRUE.equals(r.primary()));
    }
}
