package io.forecourt.visit.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The ruin-and-recreate search as an OptaPlanner custom phase, cut into slices: each slice continues the
 * same search and writes its best plan into the working solution, so the solver publishes a new best score
 * (live progress) after every slice. Visits it cannot place go to the unplanned bucket when the plan has
 * one, else stay unassigned for the construction heuristic that follows.
 */
final class RuinRecreatePhase {

    private static final String VISITS = "visits";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RuinRecreatePhase.class);

    private final long budgetNanos;
    private final double fleetShare;
    private final long seed;
    private final SolverTuning tuning;
    private final BooleanSupplier stop;
    private RuinRecreateSearch search;
    private SearchProblem problem;
    private long start;

    RuinRecreatePhase(long budgetNanos, double fleetShare, SolverTuning tuning, long seed, BooleanSupplier stop) {
        this.tuning = tuning;
        this.budgetNanos = budgetNanos;
        this.fleetShare = fleetShare;
        this.seed = seed;
        this.stop = stop;
    }

    List<CustomPhaseCommand<VisitPlan>> slices(int count) {
        List<CustomPhaseCommand<VisitPlan>> slices = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            final int slice = i;
            slices.add(director -> run(director, slice, count));
        }
        return slices;
    }

    private void run(ScoreDirector<VisitPlan> director, int slice, int count) {
        if (search == null) {
            start = System.nanoTime();
            problem = new SearchProblem(director.getWorkingSolution());
            search = new RuinRecreateSearch(problem, initial(problem), tuning, seed, stop);
            search.budget(start, start + budgetNanos, fleetShare);
        }
        search.runUntil(start + budgetNanos * slice / count);
        write(director, search.best);
        if (slice == count) {
            LOG.infof("Ruin and recreate ended: %d iterations in %d ms, %d routes, %d visits left out",
                    search.iterations(), (System.nanoTime() - start) / 1_000_000, search.best.usedRoutes(),
                    search.best.unassigned());
        }
    }

    private static SearchSolution initial(SearchProblem p) {
        SearchSolution s = new SearchSolution(p);
        java.util.Map<Visit, Integer> index = new java.util.IdentityHashMap<>();
        for (int v = 0; v < p.n; v++) {
            index.put(p.visits[v], v);
        }
        for (int r = 0; r < p.m; r++) {
            for (Visit visit : p.repDays[r].getVisits()) {
                int v = index.get(visit);
                if (p.keeps(v, r) || (s.fits(v, r) && s.insertionDelta(v, r, s.size[r]) != SearchSolution.INFEASIBLE)) {
                    s.route[r][s.size[r]++] = v;
                    s.refresh(r);
                }
            }
        }
        return s;
    }

    private void write(ScoreDirector<VisitPlan> director, SearchSolution best) {
        VisitPlan plan = director.getWorkingSolution();
        RepDay bucket = plan.getRepDays().stream().filter(RepDay::isUnplanned).findFirst().orElse(null);
        for (RepDay r : plan.getRepDays()) {
            List<Visit> list = r.getVisits();
            if (list.isEmpty()) {
                continue;
            }
            List<Visit> old = new ArrayList<>(list);
            director.beforeListVariableChanged(r, VISITS, 0, list.size());
            old.forEach(v -> director.beforeListVariableElementUnassigned(r, VISITS, v));
            list.clear();
            old.forEach(v -> director.afterListVariableElementUnassigned(r, VISITS, v));
            director.afterListVariableChanged(r, VISITS, 0, 0);
        }
        director.triggerVariableListeners();
        for (int r = 0; r < problem.m; r++) {
            List<Visit> visits = new ArrayList<>();
            for (int i = 0; i < best.size[r]; i++) {
                visits.add(problem.visits[best.route[r][i]]);
            }
            assign(director, problem.repDays[r], visits);
        }
        if (bucket != null) {
            List<Visit> left = new ArrayList<>();
            for (int v = 0; v < problem.n; v++) {
                if (best.routeOf[v] < 0) {
                    left.add(problem.visits[v]);
                }
            }
            assign(director, bucket, left);
        }
        director.triggerVariableListeners();
    }

    private static void assign(ScoreDirector<VisitPlan> director, RepDay r, List<Visit> visits) {
        if (visits.isEmpty()) {
            return;
        }
        // one element at a time, as OptaPlanner's own assign move does: its index supply accepts one new
        // element per notification, and queued notifications are processed against the final lists
        List<Visit> list = r.getVisits();
        for (Visit v : visits) {
            int i = list.size();
            director.beforeListVariableChanged(r, VISITS, i, i);
            director.beforeListVariableElementAssigned(r, VISITS, v);
            list.add(v);
            director.afterListVariableElementAssigned(r, VISITS, v);
            director.afterListVariableChanged(r, VISITS, i, i + 1);
            director.triggerVariableListeners();
        }
    }
}
