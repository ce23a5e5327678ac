package io.forecourt.territory;

import io.forecourt.account.Account;
import io.forecourt.account.Territory;
import io.forecourt.common.demo.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Homes and capacities for the demo territories (rep1 lives in Tassin-la-Demi-Lune, rep2 in Bron)
 * and a visit profile for every demo account without one: active customers are seen twice a
 * quarter, prospects once, inactive customers not at all; potential follows the status. Seeded by
 * the account's name, so the same account always gets the same figures.
 */
@ApplicationScoped
class DemoTerritoryProfiles implements DemoDataContributor {

    /** Visit hours per quarter a demo rep offers. */
    static final double CAPACITY_HOURS = 280;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 80;
    }

    @Override
    @Transactional
    public void load() {
        home("NORTH-A", 45.7640, 4.7800);
        home("NORTH-B", 45.7390, 4.9130);
        List<Account> accounts = em.createQuery("select a from Account a where a.territoryId in"
                + " (select t.id from Territory t where t.code in ('NORTH-A', 'NORTH-B'))"
                + " and not exists (select p from AccountProfile p where p.accountId = a.id)", Account.class).getResultList();
        for (Account a : accounts) {
            Random r = new Random(a.getName().hashCode() * 31L + String.valueOf(a.getCity()).hashCode());
            int visits = switch (a.getStatus()) {
                case ACTIVE -> 2;
                case PROSPECT -> 1;
                case INACTIVE -> 0;
            };
            int minutes = 30 + 15 * r.nextInt(5);
            long potential = switch (a.getStatus()) {
                case ACTIVE -> 20_000 + 5_000L * r.nextInt(27);
                case PROSPECT -> 10_000 + 5_000L * r.nextInt(15);
                case INACTIVE -> 1_000L * r.nextInt(10);
            };
            AccountProfile profile = new AccountProfile(a.getId(), visits, minutes, BigDecimal.valueOf(potential));
            profile.setTerritoryPinned(r.nextInt(20) == 0);
            em.persist(profile);
        }
    }

    private void home(String code, double lat, double lon) {
        List<Territory> found = em.createQuery("select t from Territory t where t.code = :c", Territory.class)
                .setParameter("c", code).getResultList();
        if (!found.isEmpty() && em.find(TerritoryProfile.class, found.get(0).getId()) == null) {
            em.persist(new TerritoryProfile(found.get(0).getId(), lat, lon, CAPACITY_HOURS));
        }
    }
}
