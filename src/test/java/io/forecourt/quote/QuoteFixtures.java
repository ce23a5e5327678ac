package io.forecourt.quote;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Accounts and dates the quote, order and event tests need, independent of demo data. */
@ApplicationScoped
public class QuoteFixtures {

    @Inject
    AccountRepository accounts;

    @Inject
    UserRepository users;

    @Inject
    EntityManager em;

    public long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** An active account of {@code owner}, with a unique name. */
    @Transactional
    public long account(String name, String owner) {
        Account a = new Account(name + " " + UUID.randomUUID().toString().substring(0, 6), Account.Kind.COMPANY,
                Account.Status.ACTIVE, userId(owner));
        a.setCity("Lyon");
        accounts.persist(a);
        return a.getId();
    }

    /** Time passes: the quote's validity date moves into the past, as if its 30 days were over. */
    @Transactional
    public void validUntil(long quoteId, LocalDate date) {
        em.createNativeQuery("update quotes set valid_until = ?1 where id = ?2").setParameter(1, date)
                .setParameter(2, quoteId).executeUpdate();
    }
}
