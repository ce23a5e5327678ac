package io.forecourt.territory;

import io.forecourt.account.Account;
import io.forecourt.account.TerritoryRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.territory.ProfileRequests.AccountProfileBody;
import io.forecourt.territory.ProfileRequests.AccountProfileView;
import io.forecourt.territory.ProfileRequests.TerritoryProfileBody;
import io.forecourt.territory.ProfileRequests.TerritoryProfileView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * What planners set for rebalancing: an account's visits, duration, potential and pin; a
 * territory's rep home and capacity. A change names the version it was based on (stale → 409).
 */
@ApplicationScoped
class ProfileService {

    @Inject
    EntityManager em;

    @Inject
    TerritoryRepository territories;

    @Inject
    TerritoryConfig config;

    @Transactional
    AccountProfileView account(long accountId) {
        requireAccount(accountId);
        AccountProfile p = em.find(AccountProfile.class, accountId);
        return p != null ? AccountProfileView.of(p) : new AccountProfileView(accountId, config.defaultVisitsPerPeriod(),
                config.defaultVisitMinutes(), java.math.BigDecimal.ZERO, false, 0);
    }

    @Transactional
    AccountProfileView setAccount(long accountId, AccountProfileBody body) {
        requireAccount(accountId);
        AccountProfile p = em.find(AccountProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (p != null) {
            requireVersion("visit profile", body.version(), p.getVersion());
            p.update(body.visitsPerPeriod(), body.visitMinutes(), body.revenuePotential(), body.pinned());
        } else {
            p = new AccountProfile(accountId, body.visitsPerPeriod(), body.visitMinutes(), body.revenuePotential());
            p.setTerritoryPinned(body.pinned());
            em.persist(p);
        }
        em.flush();
        return AccountProfileView.of(p);
    }

    @Transactional
    TerritoryProfileView setTerritory(String code, TerritoryProfileBody body) {
        long id = territories.findByCode(code).orElseThrow(() -> ForecourtException.notFound("Territory " + code)).getId();
        TerritoryProfile p = em.find(TerritoryProfile.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p != null) {
            requireVersion("territory profile", body.version(), p.getVersion());
            p.update(body.homeLatitude(), body.homeLongitude(), body.capacityHours());
        } else {
            p = new TerritoryProfile(id, body.homeLatitude(), body.homeLongitude(), body.capacityHours());
            em.persist(p);
        }
        em.flush();
        return new TerritoryProfileView(code, p.getHomeLatitude(), p.getHomeLongitude(), p.getCapacityHours(), p.getVersion());
    }

    private void requireAccount(long accountId) {
        if (em.find(Account.class, accountId) == null) {
            throw ForecourtException.notFound("Account " + accountId);
        }
    }

    private static void requireVersion(String what, Integer given, int current) {
        if (given == null) {
            throw new ForecourtException(400, "Bad request", "version is required to change an existing " + what,
                    java.util.Map.of("errors", java.util.List.of(java.util.Map.of("field", "version", "message", "required"))));
        }
        if (given != current) {
            throw ForecourtException.stale(what, current);
        }
    }
}
