package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.account.Territory;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Accounts and past contacts the activity tests need, independent of any feature's demo data. */
@ApplicationScoped
class ActivityFixtures {

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** Owned by rep1 and lying in a territory rep2 works, so both reps see it. */
    @Transactional
    long sharedAccount(String name) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        Territory territory = new Territory(code, "Shared " + code, userId("rep2"), null);
        em.persist(territory);
        Account a = new Account(name, Account.Kind.COMPANY, Account.Status.ACTIVE, userId("rep1"));
        a.setTerritoryId(territory.getId());
        em.persist(a);
        return a.getId();
    }

    @Transactional
    long account(String name, String owner, Account.Status status) {
        Account a = new Account(name, Account.Kind.COMPANY, status, userId(owner));
        a.setCity("Lyon");
        em.persist(a);
        return a.getId();
    }

    /** A contact in the past, written as history is: past the guard. */
    @Transactional
    long done(long accountId, String owner, Activity.Type type, String purpose, OffsetDateTime at,
              Activity.Outcome outcome, LocalDate followUpOn) {
        Activity a = new Activity(accountId, type, purpose, Activity.Department.SALES, userId(owner));
        a.setDoneAt(at);
        a.setOutcome(outcome);
        a.setFollowUpOn(followUpOn);
        em.persist(a);
        return a.getId();
    }

    @Transactional
    long planned(long accountId, String owner, Activity.Type type, String purpose, OffsetDateTime at) {
        Activity a = new Activity(accountId, type, purpose, Activity.Department.SALES, userId(owner));
        a.setPlannedAt(at);
        em.persist(a);
        return a.getId();
    }
}
