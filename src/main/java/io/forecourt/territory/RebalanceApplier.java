package io.forecourt.territory;

import io.forecourt.account.Account;
import io.forecourt.account.AccountHandovers;
import io.forecourt.account.Territory;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.planning.JobState;
import io.forecourt.planning.PlanningJob;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.UserNames;
import io.forecourt.territory.solver.AccountAssignment;
import io.forecourt.territory.solver.TerritoryConstraints;
import io.forecourt.territory.solver.TerritoryPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a finished rebalancing in one transaction: copies each moved account's new territory
 * (and that territory's rep as owner) into the CRM and records who applied which job. The
 * territories' rows are locked first, so two applies of one job cannot both pass the "already
 * applied" check; an account changed since the job started makes the whole apply a 409.
 */
@ApplicationScoped
class RebalanceApplier {

    @Inject
    EntityManager em;

    @Inject
    TerritoryRepositories.Rebalances rebalances;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountHandovers handovers;

    @Inject
    UserNames names;

    @Transactional
    Proposal.Applied apply(PlanningJob<TerritoryPlan, ?> job, Baseline baseline, TerritoryConfig.OpenWorkRule openWork) {
        long userId = currentUser.requireUserId();
        if (job.state() == JobState.SOLVING) {
            throw ForecourtException.conflict("The solver is still working on this proposal; stop it or wait until it finishes");
        }
        TerritoryPlan best = job.bestSolution()
                .orElseThrow(() -> ForecourtException.conflict("This job found no proposal to apply"));
        if (!best.getScore().isFeasible()) {
            throw new ForecourtException(422, "Proposal breaks hard rules",
                    "The proposal breaks hard rules (score " + best.getScore().toShortString() + "); change the settings and solve again",
                    Map.of("violations", hardViolations(best)));
        }
        baseline.territories().stream().map(Baseline.TerritoryFacts::id).sorted()
                .forEach(id -> em.find(Territory.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (rebalances.findByJob(job.id()).isPresent()) {
            throw ForecourtException.conflict("This proposal has already been applied");
        }
        Map<Long, Baseline.TerritoryFacts> territories = baseline.territoriesById();
        Map<Long, Baseline.AccountFacts> facts = new java.util.HashMap<>();
        baseline.accounts().forEach(a -> facts.put(a.id(), a));
        List<Rebalance.Move> moves = new ArrayList<>();
        List<Rebalance.OpenWork> open = new ArrayList<>();
        boolean handOver = openWork == TerritoryConfig.OpenWorkRule.HAND_OVER;
        for (AccountAssignment a : best.getAccounts()) {
            if (!a.moved()) {
                continue;
            }
            Baseline.AccountFacts was = facts.get(a.getAccountId());
            Account account = em.find(Account.class, a.getAccountId());
            if (account == null || account.getVersion() != was.version()
                    || !java.util.Objects.equals(account.getTerritoryId(), was.territoryId())) {
                throw ForecourtException.conflict("Account " + was.name() + " changed since this proposal was made;"
                        + " start a new rebalancing");
            }
            Long newOwner = territories.get(a.getTerritory().id()).repId();
            moves.add(new Rebalance.Move(account.getId(), account.getTerritoryId(), a.getTerritory().id(),
                    account.getOwnerId(), newOwner));
            Long oldOwner = account.getOwnerId();
            account.setTerritoryId(a.getTerritory().id());
            if (newOwner != null) {
                account.setOwnerId(newOwner);
                handovers.ownerChanged(account.getId(), oldOwner, newOwner, handOver).forEach(item -> open.add(
                        new Rebalance.OpenWork(account.getId(), item.kind(), item.id(), item.text(), oldOwner, newOwner, handOver)));
            }
        }
        Rebalance record = new Rebalance(job.id(), userId, best.getScore().toShortString(), moves);
        record.getOpenWork().addAll(open);
        record.setOpenWorkRule(openWork.key());
        rebalances.persist(record);
        return view(record);
    }

    @Transactional
    Optional<Proposal.Applied> applied(String jobId) {
        return rebalances.findByJob(jobId).map(this::view);
    }

    private Proposal.Applied view(Rebalance r) {
        java.util.function.Function<Long, String> name = id -> Optional.ofNullable(names.name(id)).orElse("?");
        List<Proposal.Handover> open = r.getOpenWork().stream().map(w -> new Proposal.Handover(w.getAccountId(),
                Optional.ofNullable(em.find(Account.class, w.getAccountId())).map(Account::getName).orElse("?"),
                w.getKind(), w.getRecordId(), w.getText(), name.apply(w.getFromOwnerId()), name.apply(w.getToOwnerId()),
                w.isHandedOver())).toList();
        return new Proposal.Applied(r.getId(), r.getJobId(), r.getMovedCount(), name.apply(r.getAppliedBy()),
                r.getAppliedAt(), r.getOpenWorkRule(), open);
    }

    private static List<Violation> hardViolations(TerritoryPlan plan) {
        List<Violation> out = new ArrayList<>();
        plan.getAccounts().stream().filter(a -> a.getTerritory() == null)
                .forEach(a -> out.add(Violation.of(TerritoryConstraints.EVERY_ACCOUNT_ASSIGNED,
                        TerritoryConstraints.EVERY_ACCOUNT_ASSIGNED + ": " + a.getName())));
        plan.getTerritories().forEach(t -> {
            long load = plan.getAccounts().stream().filter(a -> a.getTerritory() == t).mapToLong(AccountAssignment::load).sum();
            if (load > t.capacity()) {
                out.add(Violation.of(TerritoryConstraints.CAPACITY, TerritoryConstraints.CAPACITY + ": " + t.code() + " needs "
                        + load / 60 + " h, capacity " + t.capacity() / 60 + " h", List.of(t.code())));
            }
        });
        if (!plan.getMoveLimits().isEmpty() && plan.movedCount() > plan.getMoveLimits().get(0).max()) {
            out.add(Violation.of(TerritoryConstraints.MOVE_LIMIT, TerritoryConstraints.MOVE_LIMIT + ": " + plan.movedCount()
                    + " moves, limit " + plan.getMoveLimits().get(0).max()));
        }
        if (out.isEmpty()) {
            out.add(Violation.of("hard-score", "Hard score " + plan.getScore().hardScore()));
        }
        return out;
    }
}
