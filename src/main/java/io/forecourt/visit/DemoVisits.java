package io.forecourt.visit;

import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalTime;

/**
 * rep1 and rep2 take part in visit planning (Monday to Friday, rep2 leaves early on Fridays, six visits a
 * day at most), and the demo customers around Lyon open Monday to Friday 09:00–12:00 and 14:00–18:30, one in
 * four closed on Wednesday afternoon, so that next week's plan has real windows to respect.
 */
@ApplicationScoped
class DemoVisits implements DemoDataContributor {

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    @Override
    public int order() {
        return 90;
    }

    @Override
    @Transactional
    public void load() {
        schedule("rep1", LocalTime.of(8, 30), LocalTime.of(18, 0), LocalTime.of(18, 0));
        schedule("rep2", LocalTime.of(8, 0), LocalTime.of(18, 30), LocalTime.of(16, 0));
        em.createNativeQuery("insert into account_opening_hours (account_id, weekday, opens, closes)"
                + " select a.id, d.wd, p.opens, p.closes from accounts a cross join generate_series(1, 5) d(wd)"
                + " cross join (values (time '09:00', time '12:00'), (time '14:00', time '18:30')) p(opens, closes)"
                + " where a.latitude is not null and a.status = 'ACTIVE'"
                + " and not exists (select 1 from account_opening_hours h where h.account_id = a.id)"
                + " and not (d.wd = 3 and p.opens = time '14:00' and a.id % 4 = 0)").executeUpdate();
    }

    private void schedule(String username, LocalTime starts, LocalTime ends, LocalTime fridayEnds) {
        User rep = users.findByUsername(username).orElse(null);
        if (rep == null) {
            return;
        }
        int added = em.createNativeQuery("insert into visit_rep_schedules (rep_id, max_visits_per_day) values (?1, 6)"
                + " on conflict do nothing").setParameter(1, rep.getId()).executeUpdate();
        if (added == 0) {
            return;
        }
        for (int weekday = 1; weekday <= 5; weekday++) {
            em.createNativeQuery("insert into visit_working_hours (rep_id, weekday, starts, ends) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, rep.getId()).setParameter(2, weekday).setParameter(3, starts)
                    .setParameter(4, weekday == 5 ? fridayEnds : ends).executeUpdate();
        }
    }
}
