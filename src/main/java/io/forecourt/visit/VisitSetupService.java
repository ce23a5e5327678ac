package io.forecourt.visit;

import io.forecourt.account.AccountRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who plans when: reps' schedules and accounts' opening hours, changed by planners. */
@ApplicationScoped
public class VisitSetupService {

    @Inject
    UserRepository users;

    @Inject
    AccountRepository accounts;

    @Inject
    VisitRepositories.Schedules schedules;

    @Inject
    VisitRepositories.DaysOff daysOff;

    @Inject
    VisitRepositories.OpeningHours openingHours;

    @Inject
    PlanningFacts facts;

    public List<VisitSetup.RepSchedule> schedules() {
        Map<Long, List<PlanningFacts.Period>> hours = facts.workingHours();
        Map<Long, List<LocalDate>> off = daysOff.fromToday().stream().collect(Collectors.groupingBy(DayOff::getRepId,
                Collectors.mapping(DayOff::getDay, Collectors.toList())));
        Map<Long, Integer> versions = schedules.listAll().stream()
                .collect(Collectors.toMap(RepSchedule::getRepId, RepSchedule::getVersion));
        return facts.reps().stream().map(r -> new VisitSetup.RepSchedule(r.id(), r.name(), r.maxVisitsPerDay(),
                periods(hours.get(r.id())), off.getOrDefault(r.id(), List.of()),
                versions.getOrDefault(r.id(), 0))).toList();
    }

    /** Sets a rep's schedule (a rep joins visit planning with their first one); stale version → 409. */
    @Transactional
    public VisitSetup.RepSchedule schedule(long repId, VisitSetup.Schedule s) {
        List<VisitSetup.Period> hours = VisitSetup.checked(s.hours(), true);
        boolean isRep = users.findByIdOptional(repId).map(u -> u.getRoles().contains(Role.REP)).orElse(false);
        if (!isRep) {
            throw ForecourtException.notFound("Rep " + repId);
        }
        List<RepSchedule.WorkingPeriod> periods = hours.stream()
                .map(p -> new RepSchedule.WorkingPeriod(p.weekday(), p.from(), p.to())).toList();
        RepSchedule current = schedules.lockedFor(repId).orElse(null);
        if (current == null) {
            schedules.persist(new RepSchedule(repId, s.maxVisitsPerDay(), periods));
        } else {
            if (s.version() == null) {
                throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
            }
            if (s.version() != current.getVersion()) {
                throw ForecourtException.stale("schedule", current.getVersion());
            }
            current.change(s.maxVisitsPerDay(), periods);
        }
        schedules.flush();
        return schedules().stream().filter(r -> r.repId() == repId).findFirst().orElseThrow();
    }

    public VisitSetup.OpeningHours openingHours(long accountId) {
        requireAccount(accountId, false);
        return new VisitSetup.OpeningHours(periods(facts.openingHours(List.of(accountId)).get(accountId)));
    }

    /** Replaces an account's opening hours; the account row is locked so two planners' saves come one after the other. */
    @Transactional
    public VisitSetup.OpeningHours openingHours(long accountId, VisitSetup.OpeningHours hours) {
        List<VisitSetup.Period> periods = VisitSetup.checked(hours.periods(), false);
        requireAccount(accountId, true);
        openingHours.replace(accountId, periods.stream()
                .map(p -> new OpeningPeriod(accountId, p.weekday(), p.from(), p.to())).toList());
        return new VisitSetup.OpeningHours(periods);
    }

    private void requireAccount(long accountId, boolean lock) {
        boolean known = lock ? accounts.findByIdOptional(accountId, LockModeType.PESSIMISTIC_WRITE).isPresent()
                : accounts.findByIdOptional(accountId).isPresent();
        if (!known) {
            throw ForecourtException.notFound("Account " + accountId);
        }
    }

    private static List<VisitSetup.Period> periods(List<PlanningFacts.Period> periods) {
        return periods == null ? List.of() : periods.stream()
                .map(p -> new VisitSetup.Period(p.weekday(), p.from(), p.to())).toList();
    }
}
