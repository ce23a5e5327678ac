package io.forecourt.account;

import io.forecourt.security.UserRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoAccountsTest {

    @Inject
    DemoAccounts demo;

    @Inject
    AccountRepository accounts;

    @Inject
    ContactRepository contacts;

    @Inject
    TerritoryRepository territories;

    @Inject
    UserRepository users;

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        long accountsBefore = accounts.count();
        long contactsBefore = contacts.count();
        long territoriesBefore = territories.count();
        demo.load();
        demo.load();
        assertThat(accounts.count()).isEqualTo(accountsBefore);
        assertThat(contacts.count()).isEqualTo(contactsBefore);
        assertThat(territories.count()).isEqualTo(territoriesBefore);
    }

    @Test
    @Transactional
    void eachRepWorksATerritoryOfGreaterLyonCustomersWithContacts() {
        Territory west = territories.findByCode("NORTH-A").orElseThrow();
        Territory east = territories.findByCode("NORTH-B").orElseThrow();
        assertThat(west.getRepId()).isEqualTo(users.findByUsername("rep1").orElseThrow().getId());
        assertThat(east.getRepId()).isEqualTo(users.findByUsername("rep2").orElseThrow().getId());
        List<Account> demoAccounts = accounts.list("territoryId in ?1 and country = 'FR' and latitude is not null",
                List.of(west.getId(), east.getId()));
        assertThat(demoAccounts).hasSizeGreaterThanOrEqualTo(DemoAccounts.ACCOUNTS);
        assertThat(demoAccounts).allSatisfy(a -> {
            assertThat(a.getLatitude()).isBetween(45.60, 45.85);
            assertThat(a.getLongitude()).isBetween(4.70, 5.05);
            assertThat(a.getOwnerId()).isEqualTo(a.getTerritoryId().equals(west.getId()) ? west.getRepId() : east.getRepId());
            assertThat(contacts.count("accountId", a.getId())).isBetween(1L, 3L);
        });
        assertThat(demoAccounts).extracting(Account::getStatus).contains(Account.Status.values());
        assertThat(demoAccounts).extracting(Account::getOwnerId).contains(west.getRepId(), east.getRepId());
    }
}
