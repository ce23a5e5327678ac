package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A month of contact history for rep1 and rep2 on their accounts: done contacts in the last 30
 * days (some with follow-ups now due) and planned ones for today and the next days. Written past
 * the guard, as history is. An account that has any activity is left as it is, so loading twice
 * changes nothing and accounts added later get their history on the next start.
 */
@ApplicationScoped
class DemoActivities implements DemoDataContributor {

    private static final Activity.Outcome[] OUTCOMES = {Activity.Outcome.REACHED_INTERESTED,
            Activity.Outcome.NO_ANSWER, Activity.Outcome.MEETING_BOOKED, Activity.Outcome.CALL_BACK,
            Activity.Outcome.REACHED_NOT_INTERESTED};

    @Inject
    ActivityRepository activities;

    @Inject
    AccountRepository accounts;

    @Inject
    UserRepository users;

    @Inject
    ActivityConfig config;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void load() {
        ZoneId zone = businessTime.zone();
        LocalDate today = LocalDate.now(zone);
        for (String username : List.of("rep1", "rep2")) {
            Optional<User> rep = users.findByUsername(username);
            if (rep.isEmpty()) {
                continue;
            }
            // prospects are left alone: they are the rep's "not yet contacted" list
            List<Account> own = accounts.list("ownerId = ?1 and status <> ?2 order by id", rep.get().getId(),
                    Account.Status.PROSPECT);
            for (int i = 0; i < own.size(); i++) {
                if (activities.count("accountId", own.get(i).getId()) == 0) {
                    history(own.get(i), rep.get().getId(), i, today, zone);
                }
            }
        }
    }

    private void history(Account account, long rep, int i, LocalDate today, ZoneId zone) {
        List<String> purposes = config.purposes();
        String purpose = purposes.get(i % purposes.size());
        Activity done = new Activity(account.getId(), i % 3 == 1 ? Activity.Type.VISIT : Activity.Type.CALL,
                purpose, Activity.Department.SALES, rep);
        done.setDoneAt(at(today.minusDays(1 + (3L * i + 2) % 28), 9 + i % 6, zone));
        done.setOutcome(OUTCOMES[i % OUTCOMES.length]);
        done.setDurationMinutes(done.getType() == Activity.Type.VISIT ? 60 : 10 + i);
        done.setNotes("Spoke about the " + ActivityFormats.words(purpose) + ".");
        if (done.getOutcome() == Activity.Outcome.CALL_BACK || done.getOutcome() == Activity.Outcome.NO_ANSWER) {
            done.setFollowUpOn(today.minusDays(i % 2));
        }
        activities.persist(done);
        Activity planned = new Activity(account.getId(), i % 2 == 0 ? Activity.Type.CALL : Activity.Type.VISIT,
                purposes.get((i + 1) % purposes.size()), Activity.Department.SALES, rep);
        planned.setPlannedAt(at(today.plusDays(i % 4), 10 + i % 6, zone));
        activities.persist(planned);
    }

    private static OffsetDateTime at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, i30(hour))).atZone(zone).toOffsetDateTime();
    }

    private static int i30(int hour) {
        return hour % 2 == 0 ? 0 : 30;
    }
}
