package io.forecourt.visit;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rep1 and rep2 take part in visit planning (Monday to Friday, rep2 leaves early on Fridays, six visits a
 * day at most), and the demo customers around Lyon open Monday to Friday 09:00–12:00 and 14:00–18:30, one in
 * four closed on Wednesday afternoon, so that next week's plan has real windows to respect.
 */
@ApplicationScoped
class DemoVisits implements DemoDataContributor {

    @Inject
    UserRepository users;

    @Inject
    AccountRepository accounts;

    @Inject
    VisitRepositories.Schedules schedules;

    @Inject
    VisitRepositories.OpeningHours openingHours;

    @Override
    public int order() {
        return 90;
    }

    @Override
    @Transactional
    public void load() {
        schedule("rep1", LocalTime.of(8, 30), LocalTime.of(18, 0), LocalTime.of(18, 0));
        schedule("rep2", LocalTime.of(8, 0), LocalTime.of(18, 30), LocalTime.of(16, 0));
        Set<Long> withHours = new HashSet<>(openingHours.accountsWithHours());
        List<OpeningPeriod> periods = new ArrayList<>();
        for (Account a : accounts.activeWithLatitude()) {
            if (withHours.contains(a.getId())) {
                continue;
            }
            for (int weekday = 1; weekday <= 5; weekday++) {
                periods.add(new OpeningPeriod(a.getId(), weekday, LocalTime.of(9, 0), LocalTime.of(12, 0)));
                if (!(weekday == 3 && a.getId() % 4 == 0)) {
                    periods.add(new OpeningPeriod(a.getId(), weekday, LocalTime.of(14, 0), LocalTime.of(18, 30)));
                }
            }
        }
        openingHours.persist(periods);
    }

    private void schedule(String username, LocalTime starts, LocalTime ends, LocalTime fridayEnds) {
        User rep = users.findByUsername(username).orElse(null);
        if (rep == null || schedules.findByIdOptional(rep.getId()).isPresent()) {
            return;
        }
        List<RepSchedule.WorkingPeriod> hours = new ArrayList<>();
        for (int weekday = 1; weekday <= 5; weekday++) {
            hours.add(new RepSchedule.WorkingPeriod(weekday, starts, weekday == 5 ? fridayEnds : ends));
        }
        schedules.persist(new RepSchedule(rep.getId(), 6, hours));
    }
}
