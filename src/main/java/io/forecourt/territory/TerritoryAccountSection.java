package io.forecourt.territory;

import io.forecourt.account.AccountSection;
import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The account page's planning figures: how often and how long the account is visited, its revenue
 * potential, whether it is pinned to its territory, and the rebalancings that moved it.
 */
@ApplicationScoped
class TerritoryAccountSection implements AccountSection {

    @Inject
    EntityManager em;

    @Inject
    TerritoryConfig config;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Territory planning";
    }

    @Override
    public String emptyText() {
        return "No visit profile: planned with " + config.defaultVisitsPerPeriod() + " visit of "
                + config.defaultVisitMinutes() + " min per " + config.period() + ".";
    }

    @Override
    @Transactional
    public List<Line> lines(long accountId) {
        List<Line> lines = new ArrayList<>();
        AccountProfile p = em.find(AccountProfile.class, accountId);
        if (p != null) {
            lines.add(new Line(p.getVisitsPerPeriod() + " visit" + (p.getVisitsPerPeriod() == 1 ? "" : "s") + " of "
                    + p.getVisitMinutes() + " min per " + config.period(),
                    "potential " + Formats.money(p.getRevenuePotential()) + " a year"
                            + (p.isTerritoryPinned() ? " · pinned to its territory" : ""), null));
        }
        List<Object[]> moves = em.createQuery("select r.changedAt, t.code from Rebalance r join r.moves m, Territory t"
                        + " where m.accountId = :id and t.id = m.toTerritoryId order by r.changedAt desc", Object[].class)
                .setParameter("id", accountId).setMaxResults(3).getResultList();
        for (Object[] m : moves) {
            lines.add(new Line("Moved to " + m[1] + " by a rebalancing",
                    "on " + ((java.time.OffsetDateTime) m[0]).toLocalDate(), null));
        }
        return lines;
    }
}
