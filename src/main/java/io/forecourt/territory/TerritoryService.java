package io.forecourt.territory;

import io.forecourt.planning.PlanningJob;
import io.forecourt.planning.PlanningJobs;
import io.forecourt.planning.PlanningKind;
import io.forecourt.planning.ScoreBreakdown;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.territory.solver.AccountAssignment;
import io.forecourt.territory.solver.TerritoryPlan;
import io.forecourt.territory.solver.TerritorySolverConfig;
import io.forecourt.territory.solver.TerritoryWeights;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Territory metrics and rebalancing jobs: start, read the draft proposal, stop, discard. */
@ApplicationScoped
public class TerritoryService {

    static final String KIND = "territories";

    /** What a job started from: its context in the registry. */
    record Started(Baseline baseline, Proposal.Settings settings) {
    }

    @Inject
    TerritoryProblems problems;

    @Inject
    PlanningJobs jobs;

    @Inject
    TerritoryConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamRepository teams;

    @Inject
    RebalanceApplier applier;

    private PlanningKind<TerritoryPlan, Started> kind;

    @PostConstruct
    void register() {
        kind = jobs.kind(KIND, TerritoryPlan.class, TerritorySolverConfig.create(Duration.ofSeconds(config.maxSeconds())),
                TerritoryPlan::getScore);
    }

    /** Metrics of every territory the user may read: planners and admins all, managers their teams'. */
    @Transactional
    public List<TerritoryMetrics> metrics() {
        return current().metrics();
    }

    /** The territories the user may read as they are now: metrics and what the map draws. */
    public record Current(Baseline baseline, Set<Long> visible, List<TerritoryMetrics> metrics) {
    }

    @Transactional
    public Current current() {
        Baseline all = problems.load(null);
        Set<Long> visible = visibleIds(all);
        List<TerritoryMetrics> metrics = TerritoryMetrics.of(all, all.currentAssignment()).stream()
                .filter(m -> visible.contains(m.territoryId())).toList();
        return new Current(all, visible, metrics);
    }

    public Proposal start(RebalanceRequest request) {
        RebalanceRequest r = request == null ? new RebalanceRequest(null, null, null, null, null, null, null) : request;
        Baseline baseline = problems.load(r.territories());
        int seconds = Math.min(config.maxSeconds(), r.seconds() == null ? config.defaultSeconds() : r.seconds());
        Proposal.Settings settings = new Proposal.Settings(
                or(r.balanceWeight(), config.weights().balance()), or(r.potentialWeight(), config.weights().potential()),
                or(r.compactnessWeight(), config.weights().compactness()), or(r.moveWeight(), config.weights().move()),
                r.maxMoves(), seconds, baseline.territories().stream().map(Baseline.TerritoryFacts::code).toList());
        TerritoryWeights weights = new TerritoryWeights(settings.balanceWeight(), settings.potentialWeight(),
                settings.compactnessWeight(), settings.moveWeight());
        TerritoryPlan plan = TerritoryProblems.toPlan(baseline, weights, r.maxMoves());
        PlanningJob<TerritoryPlan, Started> job = jobs.start(kind, plan, new Started(baseline, settings),
                Duration.ofSeconds(seconds));
        return proposal(job.id());
    }

    public List<io.forecourt.planning.JobView> list() {
        return jobs.list(kind);
    }

    public Proposal proposal(String id) {
        PlanningJob<TerritoryPlan, Started> job = jobs.require(kind, id);
        Started from = job.context();
        Map<Long, Long> before = from.baseline().currentAssignment();
        TerritoryPlan best = job.bestSolution().orElse(null);
        if (best == null) {
            return new Proposal(job.view(), from.settings(), null, 0, List.of(), TerritoryMetrics.of(from.baseline(), before),
                    List.of(), applier.applied(id).orElse(null));
        }
        ScoreBreakdown score = jobs.breakdown(job).orElse(null);
        Map<Long, String> codes = from.baseline().territories().stream()
                .collect(Collectors.toMap(Baseline.TerritoryFacts::id, Baseline.TerritoryFacts::code));
        List<Proposal.Move> moves = best.getAccounts().stream().filter(AccountAssignment::moved)
                .map(a -> new Proposal.Move(a.getAccountId(), a.getName(), a.getCurrent().code(), a.getTerritory().code()))
                .toList();
        return new Proposal(job.view(), from.settings(), score, moves.size(), moves,
                TerritoryMetrics.of(from.baseline(), before), TerritoryMetrics.of(from.baseline(), assignment(best)),
                applier.applied(id).orElse(null));
    }

    /** The baseline and the proposal's assignment of a job (for the maps); the assignment is empty before a solution. */
    public Map.Entry<Baseline, Map<Long, Long>> proposedAssignment(String id) {
        PlanningJob<TerritoryPlan, Started> job = jobs.require(kind, id);
        Baseline baseline = job.context().baseline();
        return Map.entry(baseline, job.bestSolution().map(TerritoryService::assignment).orElse(Map.of()));
    }

    public Proposal stop(String id) {
        jobs.stop(jobs.require(kind, id));
        return proposal(id);
    }

    /** Drops the proposal: nothing in the CRM changes and the job can no longer be applied. */
    public void discard(String id) {
        jobs.forget(jobs.require(kind, id));
    }

    /** Applies the proposal; {@code openWork} (hand-over, keep; null = the setting) says what happens to open work. */
    public Proposal.Applied apply(String id, String openWork) {
        TerritoryConfig.OpenWorkRule rule = TerritoryConfig.OpenWorkRule.parse(openWork, config.openWork());
        PlanningJob<TerritoryPlan, Started> job = jobs.require(kind, id);
        return applier.apply(job, job.context().baseline(), rule);
    }

    /** The rule an apply follows unless the planner chooses: {@code hand-over} or {@code keep}. */
    public String defaultOpenWork() {
        return config.openWork().key();
    }

    static Map<Long, Long> assignment(TerritoryPlan plan) {
        Map<Long, Long> out = new HashMap<>();
        for (AccountAssignment a : plan.getAccounts()) {
            out.put(a.getAccountId(), a.getTerritory() == null ? null : a.getTerritory().id());
        }
        return out;
    }

    private Set<Long> visibleIds(Baseline all) {
        boolean everything = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        Set<Long> managed = everything ? Set.of()
                : teams.managedBy(currentUser.requireUserId()).stream().map(Team::getId).collect(Collectors.toSet());
        return all.territories().stream()
                .filter(t -> everything || (t.teamId() != null && managed.contains(t.teamId())))
                .map(Baseline.TerritoryFacts::id).collect(Collectors.toSet());
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
