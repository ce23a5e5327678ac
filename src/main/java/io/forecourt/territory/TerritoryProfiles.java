package io.forecourt.territory;

import io.forecourt.account.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What other features (visit planning) read of the territory profiles: each rep's home and each
 * account's visit frequency and duration. The territory feature's own tables stay its own.
 */
@ApplicationScoped
public class TerritoryProfiles {

    /** An account's visits per period and minutes per visit. */
    public record VisitProfile(int visitsPerPeriod, int visitMinutes) {
    }

    @Inject
    EntityManager em;

    /** Each rep's home (latitude, longitude) from their territory's profile (the oldest territory wins). */
    public Map<Long, double[]> repHomes() {
        Map<Long, double[]> homes = new HashMap<>();
        em.createQuery("select t.repId, p.homeLatitude, p.homeLongitude from TerritoryProfile p, Territory t"
                        + " where t.id = p.territoryId and t.repId is not null order by t.id desc", Object[].class)
                .getResultList().forEach(r -> homes.put((Long) r[0],
                        new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()}));
        return homes;
    }

    /** The visit profiles of these accounts that have one, by account id. */
    public Map<Long, VisitProfile> visitProfiles(Collection<Long> accountIds) {
        Map<Long, VisitProfile> out = new HashMap<>();
        if (!accountIds.isEmpty()) {
            List<AccountProfile> rows = em.createQuery("from AccountProfile p where p.accountId in :ids", AccountProfile.class)
                    .setParameter("ids", accountIds).getResultList();
            rows.forEach(p -> out.put(p.getAccountId(), new VisitProfile(p.getVisitsPerPeriod(), p.getVisitMinutes())));
        }
        return out;
    }

    /** The revenue potential of the accounts in the territories each of these reps works, by rep id. */
    public Map<Long, java.math.BigDecimal> revenuePotentialByRep(Collection<Long> repIds) {
        Map<Long, java.math.BigDecimal> out = new HashMap<>();
        if (!repIds.isEmpty()) {
            em.createQuery("select t.repId, sum(p.revenuePotential) from AccountProfile p, io.forecourt.account.Account a,"
                            + " Territory t where p.accountId = a.id and a.territoryId = t.id and t.repId in :reps"
                            + " group by t.repId", Object[].class)
                    .setParameter("reps", repIds).getResultList()
                    .forEach(r -> out.put((Long) r[0], (java.math.BigDecimal) r[1]));
        }
        return out;
    }
}
