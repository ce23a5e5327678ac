package io.forecourt.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContactRepository implements PanacheRepository<Contact> {

    /** The primary contact first, then by name. */
    public List<Contact> ofAccount(long accountId) {
        return list("accountId = ?1 order by primary desc, lastName, firstName, id", accountId);
    }

    public Optional<Contact> findInAccount(long accountId, long contactId) {
        return find("id = ?1 and accountId = ?2", contactId, accountId).firstResultOptional();
    }

    /** An account has at most one primary contact: making one primary demotes the others. */
    void demoteOthers(long accountId, long primaryId) {
        list("accountId = ?1 and primary = true and id <> ?2", accountId, primaryId)
                .forEach(c -> c.setPrimary(false));
    }
}
