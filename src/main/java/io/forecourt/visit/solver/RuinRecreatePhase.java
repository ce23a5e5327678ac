package io.forecourt.visit.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The ruin-and-recreate search as an OptaPlanner custom phase, cut into slices: each slice continues the
 * same search and writes its best plan into the working solution, so the solver publishes a new best score
 * (live progress) after every slice and a solver stopped from outside stops between two. Visits it cannot
 * place go to the unplanned bucket when the plan has one, else stay unassigned for the construction
 * heuristic that follows.
 *
 * <p>Registered by class ({@link VisitSolverConfig}), so a solver configuration carries no search state
 * and one configuration serves every solve: OptaPlanner makes fresh command instances for each solver,
 * the search of one solve lives on its solver thread (keyed by that solve's score director) from its first
 * slice to its last, and its budget is the plan's {@link VisitPlan#getTimeLimit() time limit} times the
 * tuning's share. This is the only class that touches OptaPlanner's {@code impl} API.
 */
public final class RuinRecreatePhase implements CustomPhaseCommand<VisitPlan> {

    /** Slices registered per phase; a solve uses one a second of its budget, at most this many. */
    static final int SLICES = 60;

    private static final String VISITS = "visits";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RuinRecreatePhase.class);
    private static final ThreadLocal<Run> RUN = new ThreadLocal<>();

    /** One solve's search, from its first slice to its last. */
    private static final class Run {
        ScoreDirector<VisitPlan> director;
        SearchProblem problem;
        RuinRecreateSearch search;
        long start;
        long budgetNanos;
        int slices;
        int done;
    }

    /** The phase as a solver configuration registers it: {@link #SLICES} slices by class, the settings as properties. */
    static CustomPhaseConfig config(SolverTuning tuning, long seed, double fleetShare) {
        List<Class<? extends CustomPhaseCommand>> slices = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            slices.add(RuinRecreatePhase.class);
        }
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(slices).withCustomProperties(Map.of(
                "tuning", tuning.asProperty(), "seed", String.valueOf(seed), "fleetShare", String.valueOf(fleetShare)));
    }

    private SolverTuning tuning = SolverTuning.defaults();
    private long seed;
    private double fleetShare;

    /** Custom property: the tuning as {@code name=value;...} (names of {@link SolverTuning#from}). */
    public void setTuning(String tuning) {
        Map<String, String> values = new HashMap<>();
        for (String pair : tuning.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        this.tuning = SolverTuning.from(values::get, "");
    }

    /** Custom property: the search's random seed. */
    public void setSeed(String seed) {
        this.seed = Long.parseLong(seed);
    }

    /** Custom property: share of the budget spent emptying routes (0 = the portal: fleet size is not an aim). */
    public void setFleetShare(String fleetShare) {
        this.fleetShare = Double.parseDouble(fleetShare);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<VisitPlan> director) {
        Run run = RUN.get();
        if (run == null || run.director != director) {
            run = begin(director);
            if (run == null) {
                return;
            }
            RUN.set(run);
        }
        if (run.done >= run.slices) {
            return;
        }
        run.done++;
        run.search.runUntil(run.start + run.budgetNanos * run.done / run.slices);
        write(director, run.problem, run.search.best);
        if (run.done == run.slices) {
            LOG.infof("Ruin and recreate ended: %d iterations in %d ms, %d routes, %d visits left out",
                    run.search.iterations(), (System.nanoTime() - run.start) / 1_000_000, run.search.best.usedRoutes(),
                    run.search.best.unassigned());
            RUN.remove();
        }
    }

    private Run begin(ScoreDirector<VisitPlan> director) {
        VisitPlan plan = director.getWorkingSolution();
        Duration limit = plan.getTimeLimit();
        long budget = limit == null ? 0 : (long) (limit.toNanos() * tuning.ruinRecreateShare());
        if (budget <= 0) {
            return null;
        }
        Run run = new Run();
        run.director = director;
        run.start = System.nanoTime();
        run.budgetNanos = budget;
        run.slices = (int) Math.max(1, Math.min(SLICES, limit.toSeconds()));
        run.problem = new SearchProblem(plan);
        run.search = new RuinRecreateSearch(run.problem, initial(run.problem), tuning, seed,
                Thread.currentThread()::isInterrupted);
        run.search.budget(run.start, run.start + budget, fleetShare);
        return run;
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

    private static void write(ScoreDirector<VisitPlan> director, SearchProblem problem, SearchSolution best) {
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
