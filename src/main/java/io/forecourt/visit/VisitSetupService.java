package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Who plans when: reps' schedules and accounts' opening hours, changed by planners. */
@ApplicationScoped
public class VisitSetupService {

    @Inject
    EntityManager em;

    @Inject
    io.forecourt.security.UserRepository users;

    @Inject
    PlanningFacts facts;

    public List<VisitSetup.RepSchedule> schedules() {
        Map<Long, List<PlanningFacts.Period>> hours = facts.workingHours();
        List<Object[]> off = em.createNativeQuery("select rep_id, day from visit_days_off where day >= current_date"
                + " order by day").getResultList();
        List<Object[]> versions = em.createNativeQuery("select rep_id, version from visit_rep_schedules").getResultList();
        return facts.reps().stream().map(r -> new VisitSetup.RepSchedule(r.id(), r.name(), r.maxVisitsPerDay(),
                periods(hours.get(r.id())),
                off.stream().filter(o -> ((Number) o[0]).longValue() == r.id()).map(o -> day(o[1])).toList(),
                versions.stream().filter(v -> ((Number) v[0]).longValue() == r.id())
                        .mapToInt(v -> ((Number) v[1]).intValue()).findFirst().orElse(0))).toList();
    }

    /** Sets a rep's schedule (a rep joins visit planning with their first one); stale version → 409. */
    @Transactional
    public VisitSetup.RepSchedule schedule(long repId, VisitSetup.Schedule s) {
        List<VisitSetup.Period> hours = VisitSetup.checked(s.hours(), true);
        boolean isRep = users.findByIdOptional(repId).map(u -> u.getRoles().contains(Role.REP)).orElse(false);
        if (!isRep) {
            throw ForecourtException.notFound("Rep " + repId);
        }
        List<?> current = em.createNativeQuery("select version from visit_rep_schedules where rep_id = ?1 for update")
                .setParameter(1, repId).getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("insert into visit_rep_schedules (rep_id, max_visits_per_day) values (?1, ?2)")
                    .setParameter(1, repId).setParameter(2, s.maxVisitsPerDay()).executeUpdate();
        } else {
            int version = ((Number) current.get(0)).intValue();
            if (s.version() == null) {
                throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
            }
            if (s.version() != version) {
                throw ForecourtException.stale("schedule", version);
            }
            em.createNativeQuery("update visit_rep_schedules set max_visits_per_day = ?2, version = version + 1"
                    + " where rep_id = ?1").setParameter(1, repId).setParameter(2, s.maxVisitsPerDay()).executeUpdate();
            em.createNativeQuery("delete from visit_working_hours where rep_id = ?1").setParameter(1, repId)
                    .executeUpdate();
        }
        for (VisitSetup.Period p : hours) {
            em.createNativeQuery("insert into visit_working_hours (rep_id, weekday, starts, ends) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, repId).setParameter(2, p.weekday()).setParameter(3, p.from())
                    .setParameter(4, p.to()).executeUpdate();
        }
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
        em.createNativeQuery("delete from account_opening_hours where account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        for (VisitSetup.Period p : periods) {
            em.createNativeQuery("insert into account_opening_hours (account_id, weekday, opens, closes)"
                            + " values (?1, ?2, ?3, ?4)").setParameter(1, accountId).setParameter(2, p.weekday())
                    .setParameter(3, p.from()).setParameter(4, p.to()).executeUpdate();
        }
        return new VisitSetup.OpeningHours(periods);
    }

    private void requireAccount(long accountId, boolean lock) {
        if (em.createNativeQuery("select 1 from accounts where id = ?1" + (lock ? " for update" : ""))
                .setParameter(1, accountId).getResultList().isEmpty()) {
            throw ForecourtException.notFound("Account " + accountId);
        }
    }

    private static List<VisitSetup.Period> periods(List<PlanningFacts.Period> periods) {
        return periods == null ? List.of() : periods.stream()
                .map(p -> new VisitSetup.Period(p.weekday(), p.from(), p.to())).toList();
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
