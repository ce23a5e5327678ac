package io.forecourt.territory;

import io.forecourt.account.Account;
import io.forecourt.account.Territory;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.User;
import io.forecourt.territory.solver.AccountAssignment;
import io.forecourt.territory.solver.TerritoryPlan;
import io.forecourt.territory.solver.TerritorySlot;
import io.forecourt.territory.solver.TerritoryWeights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads what a rebalancing starts from ({@link Baseline}) and turns it into the solver's plain
 * model. Territories take part when they have a rep and a profile (home, capacity); accounts when
 * they lie in one of them.
 */
@ApplicationScoped
class TerritoryProblems {

    /** Minutes per "hour" in the balance goal (squared hours of deviation). */
    static final long MINUTES = 60;

    @Inject
    EntityManager em;

    @Inject
    TerritoryConfig config;

    /** The plannable territories, all or those with the given codes (404 naming an unknown code). */
    @Transactional
    Baseline load(Collection<String> codes) {
        List<Object[]> rows = em.createQuery("select t, p, u from Territory t, TerritoryProfile p, User u"
                + " where p.territoryId = t.id and u.id = t.repId order by t.code", Object[].class).getResultList();
        List<Baseline.TerritoryFacts> territories = new ArrayList<>();
        for (Object[] row : rows) {
            Territory t = (Territory) row[0];
            TerritoryProfile p = (TerritoryProfile) row[1];
            User rep = (User) row[2];
            if (codes == null || codes.isEmpty() || codes.contains(t.getCode())) {
                territories.add(new Baseline.TerritoryFacts(t.getId(), t.getCode(), t.getName(), t.getRepId(),
                        rep.getDisplayName(), t.getTeamId(), p.getHomeLatitude(), p.getHomeLongitude(), p.getCapacityHours()));
            }
        }
        if (codes != null) {
            for (String code : codes) {
                if (territories.stream().noneMatch(t -> t.code().equals(code))) {
                    throw ForecourtException.notFound("Plannable territory " + code);
                }
            }
        }
        return new Baseline(territories, accounts(territories));
    }

    private List<Baseline.AccountFacts> accounts(List<Baseline.TerritoryFacts> territories) {
        if (territories.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select a, p from Account a left join AccountProfile p on p.accountId = a.id"
                        + " where a.territoryId in :ids order by a.id", Object[].class)
                .setParameter("ids", territories.stream().map(Baseline.TerritoryFacts::id).toList())
                .getResultList();
        List<Baseline.AccountFacts> accounts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Account a = (Account) row[0];
            AccountProfile p = (AccountProfile) row[1];
            double[] km = new double[territories.size()];
            double[] travel = new double[territories.size()];
            for (int i = 0; i < territories.size(); i++) {
                Baseline.TerritoryFacts t = territories.get(i);
                if (a.getLatitude() != null && a.getLongitude() != null) {
                    km[i] = Geo.km(t.homeLat(), t.homeLon(), a.getLatitude(), a.getLongitude());
                    travel[i] = km[i] * config.roadFactor() / config.speedKmh() * 60;
                }
            }
            accounts.add(new Baseline.AccountFacts(a.getId(), a.getName(), a.getStatus().name(), a.getLatitude(),
                    a.getLongitude(), a.getTerritoryId(), a.getOwnerId(), a.getVersion(),
                    p == null ? config.defaultVisitsPerPeriod() : p.getVisitsPerPeriod(),
                    p == null ? config.defaultVisitMinutes() : p.getVisitMinutes(),
                    p == null ? 0 : p.getRevenuePotential().longValue(), p != null && p.isTerritoryPinned(), travel, km));
        }
        return accounts;
    }

    /**
     * The solver's model of a baseline. Loads are minutes per period, distances hundreds of metres;
     * a territory's fair share of workload is the visit time in proportion to its capacity (plus its
     * current travel), and of potential an equal part.
     */
    static TerritoryPlan toPlan(Baseline baseline, TerritoryWeights weights, Integer maxMoves) {
        List<Baseline.TerritoryFacts> facts = baseline.territories();
        double capacityTotal = facts.stream().mapToDouble(Baseline.TerritoryFacts::capacityHours).sum();
        double loadTotal = 0;
        long potentialTotal = 0;
        for (Baseline.AccountFacts a : baseline.accounts()) {
            loadTotal += a.workloadMinutes(baseline.indexOf(a.territoryId()));
            potentialTotal += a.potential();
        }
        List<TerritorySlot> slots = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Baseline.TerritoryFacts t = facts.get(i);
            long capacity = Math.round(t.capacityHours() * MINUTES);
            long target = Math.round(loadTotal * t.capacityHours() / capacityTotal);
            slots.add(new TerritorySlot(t.id(), t.code(), i, capacity, 0, target, potentialTotal / facts.size(), MINUTES));
        }
        Map<Long, TerritorySlot> byId = new java.util.HashMap<>();
        slots.forEach(s -> byId.put(s.id(), s));
        List<AccountAssignment> assignments = new ArrayList<>();
        for (Baseline.AccountFacts a : baseline.accounts()) {
            long[] load = new long[slots.size()];
            long[] distance = new long[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                load[i] = Math.round(a.workloadMinutes(i));
                distance[i] = Math.round(a.km()[i] * 10);
            }
            assignments.add(new AccountAssignment(a.id(), a.name(), load, distance, a.potential(),
                    byId.get(a.territoryId()), a.pinned()));
        }
        return new TerritoryPlan(slots, assignments, weights, maxMoves);
    }
}
