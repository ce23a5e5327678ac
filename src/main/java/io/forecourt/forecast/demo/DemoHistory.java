package io.forecourt.forecast.demo;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.activity.Activity;
import io.forecourt.activity.ActivityRepository;
import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.forecast.ForecastConfig;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.quota.QuotaRepository;
import io.forecourt.opportunity.Opportunity;
import io.forecourt.opportunity.OpportunityRepository;
import io.forecourt.opportunity.Stage;
import io.forecourt.opportunity.StageChange;
import io.forecourt.opportunity.StageChangeRepository;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Six past months for team North (dev only, {@code forecourt.forecast.demo-history}): each month
 * every rep gets a revenue and a visit quota, submits a commit, and works a dozen deals that moved
 * through the stages and closed (about one in three won), plus done calls and visits with their
 * durations. Written through each feature's own repository; loaded once (skipped when North has
 * quotas already). TODO: past orders (they come only from accepted quotes today).
 */
@ApplicationScoped
class DemoHistory implements DemoDataContributor {

    @Inject
    ForecastConfig config;

    @Inject
    TeamRepository teams;

    @Inject
    UserRepository users;

    @Inject
    AccountRepository accounts;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    StageChangeRepository changes;

    @Inject
    ActivityRepository activities;

    @Inject
    QuotaRepository quotas;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 90;
    }

    @Override
    @Transactional
    public void load() {
        if (!config.demoHistory()) {
            return;
        }
        Team north = teams.findByName("North").orElse(null);
        if (north == null || quotas.count("teamId", north.getId()) > 0) {
            return;
        }
        ZoneId zone = ZoneId.of("Europe/Paris");
        Random random = new Random(42);
        LocalDate thisMonth = LocalDate.now(zone).withDayOfMonth(1);
        for (User rep : users.inTeam(north.getId())) {
            if (!rep.getRoles().contains(io.forecourt.security.Role.REP)) {
                continue;
            }
            List<Account> own = accounts.list("ownerId = ?1 and status = ?2 order by id", rep.getId(), Account.Status.ACTIVE);
            if (own.isEmpty()) {
                continue;
            }
            for (int back = 6; back >= 0; back--) {
                Period month = Period.monthOf(thisMonth.minusMonths(back));
                quota(rep, north, month, Metric.REVENUE, 120_000);
                quota(rep, north, month, Metric.VISITS, 12);
                if (back == 0) {
                    continue;
                }
                for (int d = 0; d < 12; d++) {
                    deal(rep, own.get(random.nextInt(own.size())), month, random, zone);
                }
                for (int a = 0; a < 20; a++) {
                    Account acc = own.get(random.nextInt(own.size()));
                    Activity act = new Activity(acc.getId(), a % 3 == 0 ? Activity.Type.VISIT : Activity.Type.CALL,
                            "FIRST_CONTACT", Activity.Department.SALES, rep.getId());
                    LocalDate day = month.start().plusDays(random.nextInt(27));
                    act.setDoneAt(day.atTime(10, 0).atZone(zone).toOffsetDateTime());
                    act.setDurationMinutes(a % 3 == 0 ? 60 + random.nextInt(60) : 10 + random.nextInt(20));
                    act.setOutcome(Activity.Outcome.REACHED_INTERESTED);
                    act.setNotes("Demo history");
                    activities.persist(act);
                }
            }
        }
    }

    private void quota(User rep, Team team, Period month, Metric metric, int target) {
        em.persist(newQuota(rep.getId(), team.getId(), month.code(), metric, target));
    }

    private static Object newQuota(long rep, long team, String period, Metric metric, int target) {
        return io.forecourt.forecast.quota.QuotaDemo.quota(rep, team, period, metric, BigDecimal.valueOf(target));
    }

    private void deal(User rep, Account account, Period month, Random random, ZoneId zone) {
        LocalDate opened = month.start().minusDays(20 + random.nextInt(40));
        Stage[] flow = {Stage.PROSPECTING, Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION};
        boolean won = random.nextDouble() < 0.35;
        int lostAt = won ? flow.length : random.nextInt(flow.length);
        LocalDate closed = month.start().plusDays(random.nextInt(27));
        Opportunity o = new Opportunity(account.getId(), "Past deal " + month.code() + " for " + account.getName(),
                won ? Stage.CLOSED_WON : Stage.CLOSED_LOST, rep.getId());
        o.setAmount(BigDecimal.valueOf(15_000L + 5_000L * random.nextInt(8)));
        o.setCurrency(config.currency());
        o.setExpectedCloseDate(closed);
        if (!won) {
            o.setLostReason("Chose a competitor");
        }
        opportunities.persist(o);
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(opened, closed));
        int steps = won ? flow.length : lostAt + 1;
        Stage from = null;
        for (int i = 0; i < steps; i++) {
            LocalDate on = opened.plusDays(span * i / (steps + 1));
            changes.persist(new StageChange(o.getId(), from, flow[i], rep.getId(), on.atTime(9, 0).atZone(zone).toOffsetDateTime(), null));
            from = flow[i];
        }
        changes.persist(new StageChange(o.getId(), from, won ? Stage.CLOSED_WON : Stage.CLOSED_LOST, rep.getId(),
                closed.atTime(16, 0).atZone(zone).toOffsetDateTime(), null));
    }
}
