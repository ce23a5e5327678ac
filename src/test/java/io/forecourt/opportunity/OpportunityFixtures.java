package io.forecourt.opportunity;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The accounts the opportunity tests need, independent of any feature's demo data. */
@ApplicationScoped
class OpportunityFixtures {

    @Inject
    AccountRepository accounts;

    @Inject
    UserRepository users;

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** An active account of {@code owner}, with a unique name. */
    @Transactional
    long account(String name, String owner) {
        Account a = new Account(name + " " + UUID.randomUUID().toString().substring(0, 6), Account.Kind.COMPANY,
                Account.Status.ACTIVE, userId(owner));
        a.setCity("Lyon");
        accounts.persist(a);
        return a.getId();
    }

    /** A currency no other test uses, so pipeline totals count only this test's opportunities. */
    static String freshCurrency() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        return ("Q" + letters + "XX").substring(0, 3);
    }
}
