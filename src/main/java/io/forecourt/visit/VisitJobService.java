package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.planning.JobState;
import io.forecourt.planning.JobView;
import io.forecourt.planning.PlanningJob;
import io.forecourt.planning.PlanningJobs;
import io.forecourt.planning.PlanningKind;
import io.forecourt.planning.ScoreBreakdown;
import io.forecourt.security.CurrentUser;
import io.forecourt.visit.solver.VisitPlan;
import io.forecourt.visit.solver.VisitSolverConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Visit-planning solves: start one for a horizon (built from the current plan, so a solve after a change
 * is a re-plan), read its progress and draft plan, stop it, apply it. The solve runs in the shared job
 * registry; each job carries its {@link PlanContext} (the ids and times behind the model) to read and apply it.
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
    io.forecourt.common.config.BusinessTime businessTime;

    @Inject
    CurrentUser currentUser;

    private PlanningKind<VisitPlan, PlanContext> kind;

    @PostConstruct
    void register() {
        kind = jobs.kind(KIND, VisitPlan.class, VisitSolverConfig.portal(Duration.ofSeconds(config.maxSeconds())),
                VisitPlan::getScore);
    }

    public JobView start(VisitJson.StartRequest request) {
        VisitJson.StartRequest r = request == null ? new VisitJson.StartRequest(null, null, null, null) : request;
        int seconds = r.seconds() == null ? config.defaultSeconds() : r.seconds();
        if (seconds < 1 || seconds > config.maxSeconds()) {
            throw ForecourtException.badRequest("seconds must lie between 1 and " + config.maxSeconds());
        }
        Horizon horizon = Horizon.of(r.from(), r.to(), businessTime.today());
        ProblemBuilder.Built built = builder.build(horizon, Boolean.TRUE.equals(r.keepPlanned()));
        if (!built.homeless().isEmpty()) {
            throw new ForecourtException(422, "Rep without a home", "Visit planning starts each day from the rep's home: "
                    + String.join(", ", built.homeless()) + " has none. Give their territory a profile with a home,"
                    + " or them accounts with coordinates.", Map.of("violations", built.homeless().stream()
                    .map(n -> n + " has no home: no territory profile and no accounts with coordinates").toList()));
        }
        if (built.context().reps().isEmpty()) {
            throw new ForecourtException(422, "Nothing to plan", "No rep takes part in visit planning",
                    Map.of("violations", List.of(Violation.of("no-rep", "no rep has a visit schedule"))));
        }
        if (built.plan().getVisits().isEmpty()) {
            throw new ForecourtException(422, "Nothing to plan", "No visit is due, requested or planned from "
                    + horizon.from() + " to " + horizon.to(), Map.of("violations", List.of(Violation.of("no-visits", "no visits"))));
        }
        Duration limit = Duration.ofSeconds(seconds);
        PlanningJob<VisitPlan, PlanContext> job = jobs.start(kind, built.plan().withTimeLimit(limit), built.context(), limit);
        return job.view();
    }

    public List<JobView> list() {
        return jobs.list(kind);
    }

    public VisitJson.JobDetail get(String id) {
        PlanningJob<VisitPlan, PlanContext> job = jobs.require(kind, id);
        ScoreBreakdown breakdown = jobs.breakdown(job).orElse(null);
        PlanView plan = job.bestSolution().map(s -> Itineraries.of(job.context(), s, "draft", rep -> true)).orElse(null);
        return new VisitJson.JobDetail(job.view(), breakdown, plan);
    }

    public JobView stop(String id) {
        PlanningJob<VisitPlan, PlanContext> job = jobs.require(kind, id);
        jobs.stop(job);
        return job.view();
    }

    /** Saves a finished or stopped job's plan: refused while it solves, when infeasible or when visits changed. */
    public VisitJson.Applied apply(String id) {
        PlanningJob<VisitPlan, PlanContext> job = jobs.require(kind, id);
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
        return writer.apply(id, job.context(), plan, currentUser.requireUserId());
    }
}
