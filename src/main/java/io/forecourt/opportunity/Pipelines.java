package io.forecourt.opportunity;

import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sums the open opportunities a user may see into a pipeline: their own, one rep's, or the team's per rep. */
@ApplicationScoped
public class Pipelines {

    static final int LIMIT = 10_000;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    CurrentUser currentUser;

    @Inject
    OpportunityViews views;

    @Inject
    OpportunityConfig config;

    @Inject
    io.forecourt.security.UserRepository users;

    /** A rep's pipeline is their own unless they name someone; a manager's is the team's. */
    public Long defaultOwner() {
        boolean lead = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        return lead ? null : currentUser.requireUserId();
    }

    public Pipeline pipeline(Long owner, boolean team, String currency) {
        if (team && !(currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN))) {
            throw new ForbiddenException("Only managers see the pipeline per rep");
        }
        List<Opportunity> open = openOnes(owner, currency);
        String cur = currency == null ? config.currency() : currency;
        List<Pipeline.RepPipeline> reps = null;
        if (team) {
            reps = new ArrayList<>();
            Map<Long, List<Opportunity>> byOwner = open.stream()
                    .collect(Collectors.groupingBy(Opportunity::getOwnerId, TreeMap::new, Collectors.toList()));
            for (Map.Entry<Long, List<Opportunity>> e : byOwner.entrySet()) {
                List<Pipeline.StageTotal> stages = totals(e.getValue());
                reps.add(new Pipeline.RepPipeline(e.getKey(), views.name(e.getKey()), stages,
                        sum(stages, Pipeline.StageTotal::amount), sum(stages, Pipeline.StageTotal::weightedAmount)));
            }
        }
        List<Pipeline.StageTotal> stages = totals(open);
        return new Pipeline(cur, owner, stages, sum(stages, Pipeline.StageTotal::amount),
                sum(stages, Pipeline.StageTotal::weightedAmount), reps);
    }

    /** The pipeline page: a rep's own board, or for a manager one rep's or the whole team's. */
    public Board board(Long owner) {
        boolean lead = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        Long who = lead ? owner : Long.valueOf(currentUser.requireUserId());
        Pipeline pipeline = pipeline(who, lead && who == null, null);
        List<Opportunity> open = openOnes(who, null);
        List<Board.Column> columns = new ArrayList<>();
        for (Pipeline.StageTotal total : pipeline.stages()) {
            List<Board.Card> cards = open.stream().filter(o -> o.getStage() == total.stage())
                    .map(o -> new Board.Card(o.getId(), o.getName(), o.getAccountId(),
                            views.accountName(o.getAccountId()), o.getAmount(), o.getCurrency(),
                            o.getExpectedCloseDate(), views.name(o.getOwnerId()), o.getVersion(),
                            o.getStage().previous(), o.getStage().next(), views.probability(o),
                            o.getProbability() != null, o.getStage().allowedMoves()))
                    .toList();
            columns.add(new Board.Column(total.stage(), total, cards));
        }
        return new Board(lead, who, lead ? reps(who) : List.of(), columns, pipeline);
    }

    private List<Board.RepOption> reps(Long selected) {
        var scope = currentUser.ownerScope();
        return users.allOrdered().stream()
                .filter(u -> u.getRoles().contains(Role.REP) && scope.includes(u.getId()))
                .map(u -> new Board.RepOption(u.getId(), u.getDisplayName(), u.getId().equals(selected)))
                .toList();
    }

    /** The open opportunities of the pipeline, soonest close first (the board's cards). */
    public List<Opportunity> openOnes(Long owner, String currency) {
        if (owner != null) {
            currentUser.requireCanSee(owner);
        }
        String cur = currency == null ? config.currency() : currency;
        return opportunities.search(new OpportunityRepository.Filter(Stage.OPEN, owner, null, null),
                currentUser.ownerScope(), LIMIT).stream().filter(o -> o.getCurrency().equals(cur)).toList();
    }

    private List<Pipeline.StageTotal> totals(List<Opportunity> open) {
        List<Pipeline.StageTotal> totals = new ArrayList<>();
        for (Stage stage : Stage.OPEN) {
            BigDecimal amount = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            int count = 0;
            for (Opportunity o : open) {
                if (o.getStage() == stage) {
                    count++;
                    amount = amount.add(o.getAmount());
                    weighted = weighted.add(OpportunityViews.weighted(o.getAmount(), views.probability(o)));
                }
            }
            totals.add(new Pipeline.StageTotal(stage, count, amount, weighted));
        }
        return totals;
    }

    private static BigDecimal sum(List<Pipeline.StageTotal> stages, Function<Pipeline.StageTotal, BigDecimal> f) {
        return stages.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
