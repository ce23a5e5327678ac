package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.planning.JobState;
import io.forecourt.planning.JobView;
import io.forecourt.planning.PlanningJob;
import io.forecourt.planning.PlanningJobs;
import io.forecourt.planning.ScoreBreakdown;
import io.forecourt.security.CurrentUser;
import io.forecourt.visit.solver.SolverTuning;
import io.forecourt.visit.solver.VisitPlan;
import io.forecourt.visit.solver.VisitSolverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visit-planning solves: start one for a horizon (built from the current plan, so a solve after a change
 * is a re-plan), read its progress and draft plan, stop it, apply it. The solve itself runs in the shared
 * job registry; this service keeps each job's {@link PlanContext} to read and apply its result.
 */
@ApplicationScoped
public class VisitJobService {

    static final String KIND = "visits";

    @Inject
    PlanningJobs jobs;

    @Inject
    ProblemBuilder builder;

    @Inject
    VisitPlanWriter writer;

    @Inject
    VisitConfig config;

    @Inject
    CurrentUser currentUser;

    private final Map<String, PlanContext> contexts = new ConcurrentHashMap<>();

    public JobView start(VisitJson.StartRequest request) {
        VisitJson.StartRequest r = request == null ? new VisitJson.StartRequest(null, null, null, null) : request;
        int seconds = r.seconds() == null ? config.defaultSeconds() : r.seconds();
        if (seconds < 1 || seconds > config.maxSeconds()) {
            throw ForecourtException.badRequest("seconds must lie between 1 and " + config.maxSeconds());
        }
        Horizon horizon = Horizon.of(r.from(), r.to(), LocalDate.now(ZoneId.of(config.timeZone())));
        ProblemBuilder.Built built = builder.build(horizon, Boolean.TRUE.equals(r.keepPlanned()));
        if (built.context().reps().isEmpty()) {
            throw new ForecourtException(422, "Nothing to plan", "No rep takes part in visit planning",
                    Map.of("violations", List.of(Violation.of("no-rep", "no rep has a visit schedule"))));
        }
        if (built.plan().getVisits().isEmpty()) {
            throw new ForecourtException(422, "Nothing to plan", "No visit is due, requested or planned from "
                    + horizon.from() + " to " + horizon.to(), Map.of("violations", List.of(Violation.of("no-visits", "no visits"))));
        }
        PlanningJob<VisitPlan> job = jobs.start(KIND, built.plan(),
                VisitSolverConfig.withRuinRecreate(Duration.ofSeconds(seconds), 0L, SolverTuning.defaults(), false, () -> false),
                VisitPlan::getScore);
        contexts.keySet().removeIf(id -> jobs.find(id).isEmpty());
        contexts.put(job.id(), built.context());
        return job.view();
    }

    public List<JobView> list() {
        return jobs.list(KIND);
    }

    public VisitJson.JobDetail get(String id) {
        PlanningJob<VisitPlan> job = require(id);
        ScoreBreakdown breakdown = jobs.breakdown(job).orElse(null);
        PlanView plan = job.bestSolution().map(s -> Itineraries.of(context(id), s, "draft", rep -> true)).orElse(null);
        return new VisitJson.JobDetail(job.view(), breakdown, plan);
    }

    public JobView stop(String id) {
        PlanningJob<VisitPlan> job = require(id);
        jobs.stop(job);
        return job.view();
    }

    /** Saves a finished or stopped job's plan: refused while it solves, when infeasible or when visits changed. */
    public VisitJson.Applied apply(String id) {
        PlanningJob<VisitPlan> job = require(id);
        if (job.state() == JobState.SOLVING) {
            throw ForecourtException.conflict("The plan is still being solved; stop it or wait until it finishes");
        }
        VisitPlan plan = job.bestSolution().orElseThrow(() ->
                ForecourtException.conflict("The job ended before it found any plan"));
        if (plan.getScore() == null || !plan.getScore().isFeasible()) {
            ScoreBreakdown breakdown = jobs.breakdown(job).orElseThrow();
            List<Violation> violations = breakdown.constraints().stream().filter(c -> "hard".equals(c.level())
                    && c.matchCount() > 0).flatMap(c -> c.top().stream().map(t -> Violation.of(c.name(),
                            c.name() + ": " + t))).toList();
            throw new ForecourtException(422, "Plan breaks hard constraints",
                    "This plan breaks " + violations.size() + " hard constraint(s); solve longer or change the data",
                    Map.of("violations", violations));
        }
        return writer.apply(id, context(id), plan, currentUser.requireUserId());
    }

    private PlanningJob<VisitPlan> require(String id) {
        PlanningJob<VisitPlan> job = jobs.require(KIND, id, VisitPlan.class);
        if (!contexts.containsKey(id)) {
            throw ForecourtException.notFound("Planning job " + id);
        }
        return job;
    }

    private PlanContext context(String id) {
        return contexts.get(id);
    }
}
