package io.forecourt.territory;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Panache repositories of the territory feature. */
final class TerritoryRepositories {

    private TerritoryRepositories() {
    }

    @ApplicationScoped
    static class Profiles implements PanacheRepositoryBase<TerritoryProfile, Long> {
    }

    @ApplicationScoped
    static class AccountProfiles implements PanacheRepositoryBase<AccountProfile, Long> {
    }

    @ApplicationScoped
    static class Rebalances implements PanacheRepository<Rebalance> {
        Optional<Rebalance> findByJob(String jobId) {
            return find("jobId", jobId).firstResultOptional();
        }
    }
}
