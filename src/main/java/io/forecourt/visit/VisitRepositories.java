package io.forecourt.visit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Panache repositories of visit planning's own tables (visits themselves: {@link FieldVisitRepository}). */
final class VisitRepositories {

    private VisitRepositories() {
    }

    @ApplicationScoped
    static class Schedules implements PanacheRepositoryBase<RepSchedule, Long> {

        /** Every schedule with its working hours. */
        List<RepSchedule> withHours() {
            return find("select distinct s from RepSchedule s left join fetch s.hours order by s.repId").list();
        }

        /** The rep's schedule, locked until the transaction ends: one change of it at a time. */
        Optional<RepSchedule> lockedFor(long repId) {
            return findByIdOptional(repId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @ApplicationScoped
    static class DaysOff implements PanacheRepositoryBase<DayOff, DayOff.Key> {

        List<DayOff> between(LocalDate from, LocalDate to) {
            return list("day between ?1 and ?2 order by day, repId", from, to);
        }

        /** Today's and later days off (the database's today, as the planner's setup page always showed). */
        List<DayOff> fromToday() {
            return list("day >= current_date order by day, repId");
        }
    }

    @ApplicationScoped
    static class OpeningHours implements PanacheRepositoryBase<OpeningPeriod, OpeningPeriod.Key> {

        List<OpeningPeriod> of(Collection<Long> accountIds) {
            return accountIds.isEmpty() ? List.of()
                    : list("accountId in ?1 order by accountId, weekday, opens", accountIds);
        }

        /** The accounts with opening hours recorded. */
        List<Long> accountsWithHours() {
            return getEntityManager().createQuery("select distinct h.accountId from OpeningPeriod h", Long.class)
                    .getResultList();
        }

        /** The account's periods become these (none = the defaults). */
        void replace(long accountId, Collection<OpeningPeriod> periods) {
            delete("accountId", accountId);
            persist(periods);
        }
    }

    @ApplicationScoped
    static class Plans implements PanacheRepository<AppliedPlan> {

        boolean applied(String jobId) {
            return count("jobId", jobId) > 0;
        }
    }
}
