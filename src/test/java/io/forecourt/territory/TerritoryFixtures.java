package io.forecourt.territory;

import io.forecourt.account.Account;
import io.forecourt.account.Territory;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Territories of the tests' own (rep1 in the west of Lyon, rep2 in the east) with accounts placed
 * at will, so applying a rebalancing never moves the demo accounts other tests count on.
 */
@ApplicationScoped
class TerritoryFixtures {

    static final double WEST_LAT = 45.76, WEST_LON = 4.78, EAST_LAT = 45.74, EAST_LON = 4.92;

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    record Pair(String west, long westId, String east, long eastId) {
    }

    /** Two fresh territories with the given capacity (hours), unknown to the demo data. */
    @Transactional
    Pair territories(double capacityHours) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Territory west = new Territory("T-" + tag + "-W", "Test west " + tag, userId("rep1"), null);
        Territory east = new Territory("T-" + tag + "-E", "Test east " + tag, userId("rep2"), null);
        em.persist(west);
        em.persist(east);
        em.flush();
        em.persist(new TerritoryProfile(west.getId(), WEST_LAT, WEST_LON, capacityHours));
        em.persist(new TerritoryProfile(east.getId(), EAST_LAT, EAST_LON, capacityHours));
        return new Pair(west.getCode(), west.getId(), east.getCode(), east.getId());
    }

    /**
     * Two territories and an account of the west rep (rep1) that lies next to the east rep's home, so a
     * solve that may move accounts moves it; each territory also has an account at home. The stray's id.
     */
    long strayAccount(Pair pair, String name) {
        long stray = account(name, pair.westId(), EAST_LAT + .001, EAST_LON, false);
        account(name + " West", pair.westId(), WEST_LAT, WEST_LON + .001, false);
        account(name + " East", pair.eastId(), EAST_LAT, EAST_LON + .001, false);
        return stray;
    }

    /** An active account at (lat, lon), in a territory and owned by its rep, seen once per period for an hour. */
    @Transactional
    long account(String name, long territoryId, double lat, double lon, boolean pinned) {
        Territory t = em.find(Territory.class, territoryId);
        Account a = new Account(name, Account.Kind.COMPANY, Account.Status.ACTIVE, t.getRepId());
        a.setTerritoryId(territoryId);
        a.setCity("Lyon");
        a.setCountry("FR");
        a.setLocation(lat, lon);
        em.persist(a);
        em.flush();
        AccountProfile p = new AccountProfile(a.getId(), 1, 60, BigDecimal.valueOf(10_000));
        p.setTerritoryPinned(pinned);
        em.persist(p);
        return a.getId();
    }

    @Transactional
    void rename(long accountId, String name) {
        em.find(Account.class, accountId).setName(name);
    }

    @Transactional
    Long territoryOf(long accountId) {
        return em.find(Account.class, accountId).getTerritoryId();
    }

    @Transactional
    Long ownerOf(long accountId) {
        return em.find(Account.class, accountId).getOwnerId();
    }

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }
}
