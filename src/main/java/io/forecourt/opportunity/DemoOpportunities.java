package io.forecourt.opportunity;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A small pipeline for rep1 and rep2: two to four opportunities on some of their active accounts,
 * spread over the stages, each with the history of how it got there. An account that has any
 * opportunity is left as it is, so loading twice changes nothing.
 */
@ApplicationScoped
class DemoOpportunities implements DemoDataContributor {

    private static final String[] MODELS = {"Terra fleet", "Aura demo cars", "Volta service vans", "Terra renewal"};
    private static final Stage[] STAGES = {Stage.PROSPECTING, Stage.QUALIFICATION, Stage.PROPOSAL,
            Stage.NEGOTIATION, Stage.CLOSED_WON, Stage.PROPOSAL, Stage.CLOSED_LOST, Stage.QUALIFICATION};
    private static final int MAX_PER_REP = 4;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    StageChangeRepository changes;

    @Inject
    AccountRepository accounts;

    @Inject
    UserRepository users;

    @Inject
    OpportunityConfig config;

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void load() {
        LocalDate today = LocalDate.now();
        int n = 0;
        for (String username : List.of("rep1", "rep2")) {
            Optional<User> rep = users.findByUsername(username);
            if (rep.isEmpty()) {
                continue;
            }
            List<Account> active = accounts.list("ownerId = ?1 and status = ?2 order by id", rep.get().getId(),
                    Account.Status.ACTIVE);
            for (Account account : active.subList(0, Math.min(MAX_PER_REP, active.size()))) {
                if (opportunities.count("accountId", account.getId()) == 0) {
                    create(account, rep.get().getId(), n, today);
                }
                n++;
            }
        }
    }

    private void create(Account account, long rep, int i, LocalDate today) {
        Stage stage = STAGES[i % STAGES.length];
        Opportunity o = new Opportunity(account.getId(), MODELS[i % MODELS.length] + " for " + account.getName(),
                stage, rep);
        o.setAmount(BigDecimal.valueOf(25_000L + 17_500L * (i % 5)));
        o.setCurrency(config.currency());
        o.setExpectedCloseDate(stage.isClosed() ? today.minusDays(3 + i) : today.plusDays(10 + 9L * i));
        if (stage == Stage.CLOSED_LOST) {
            o.setLostReason("Chose a competitor's lease offer");
        }
        opportunities.persist(o);
        // the walk through the open stages up to where it stands, a few days apart
        List<Stage> path = new java.util.ArrayList<>(Stage.OPEN.subList(0,
                stage.isClosed() ? 3 : Stage.OPEN.indexOf(stage) + 1));
        if (stage.isClosed()) {
            path.add(stage);
        }
        OffsetDateTime at = OffsetDateTime.now().minusDays(4L * path.size());
        Stage from = null;
        for (Stage to : path) {
            changes.persist(new StageChange(o.getId(), from, to, rep, at,
                    from == null ? "First talk with the fleet manager" : "Moved after a call"));
            from = to;
            at = at.plusDays(4);
        }
    }
}
