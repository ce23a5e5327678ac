package io.forecourt.planning;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The registry of planning jobs, and the only class that runs solvers for requests. A feature registers
 * its {@link PlanningKind} once ({@link #kind}), then hands it problems ({@link #start}) with the context
 * it needs to read and apply the result; the solve runs on the kind's solver threads and the feature
 * reads the job back by id ({@link #require}: one 404 for every kind), stops it, forgets it or asks for
 * its score breakdown. Jobs live in memory, each job with its context, so one eviction rule forgets
 * both: a restart forgets them (a job's result that matters is applied to the database by the feature).
 */
@ApplicationScoped
public class PlanningJobs {

    private static final Logger LOG = Logger.getLogger(PlanningJobs.class);

    @Inject
    PlanningConfig config;

    @Inject
    CurrentUser currentUser;

    private final Map<String, PlanningJob<?, ?>> jobs = new ConcurrentHashMap<>();
    private final Map<String, PlanningKind<?, ?>> kinds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "planning-time-limits");
        t.setDaemon(true);
        return t;
    });

    /**
     * Registers a kind of job once: {@code solverConfig} is the feature's model and search, and must carry
     * no state of its own (one config serves every job of the kind); its termination is only a safety
     * net, each job's time limit is given at {@link #start}.
     */
    public synchronized <S, C> PlanningKind<S, C> kind(String name, Class<S> solutionClass, SolverConfig solverConfig,
                                                       Function<S, ? extends Score<?>> scoreOf) {
        if (kinds.containsKey(name)) {
            throw new IllegalStateException("Planning kind " + name + " is registered already");
        }
        PlanningKind<S, C> kind = new PlanningKind<>(name, solutionClass, solverConfig, config.maxRunningJobs(), scoreOf);
        kinds.put(name, kind);
        return kind;
    }

    /**
     * Starts solving {@code problem} (an unsaved object graph the caller no longer touches) as the current
     * user for at most {@code limit}; {@code context} stays with the job for reading and applying it.
     *
     * @throws ForecourtException 409 when {@code forecourt.planning.max-running-jobs} are solving
     */
    public <S, C> PlanningJob<S, C> start(PlanningKind<S, C> kind, S problem, C context, Duration limit) {
        long userId = currentUser.requireUserId();
        PlanningJob<S, C> job;
        synchronized (this) {
            long running = jobs.values().stream().filter(j -> !j.state().isFinal()).count();
            if (running >= config.maxRunningJobs()) {
                throw ForecourtException.conflict(running + " solves are running, the most this server runs at once;"
                        + " stop one or wait until one finishes");
            }
            job = new PlanningJob<>(kind, context, userId, currentUser.getUsername(), limit);
            jobs.put(job.id(), job);
        }
        evictOldFinished();
        SolverManager<S, String> manager = kind.solverManager();
        PlanningJob<S, C> started = job;
        manager.solveAndListen(job.id(), id -> problem, started::improved, started::finished, (id, error) -> {
            LOG.errorf(error, "Planning job %s (%s) failed", id, kind.name());
            started.failed("The solver stopped on an internal error; the log has the details");
        });
        job.timer(timers.schedule(() -> manager.terminateEarly(started.id()), limit.toMillis(), TimeUnit.MILLISECONDS));
        return job;
    }

    /** The job of this kind with this id; 404 when there is none (or it is of another kind). */
    public <S, C> PlanningJob<S, C> require(PlanningKind<S, C> kind, String id) {
        PlanningJob<?, ?> job = jobs.get(id);
        if (job == null || job.planningKind() != kind) {
            throw ForecourtException.notFound("Planning job " + id);
        }
        @SuppressWarnings("unchecked")
        PlanningJob<S, C> typed = (PlanningJob<S, C>) job;
        return typed;
    }

    /** Any job, whatever its kind (the shared progress endpoint). */
    public Optional<PlanningJob<?, ?>> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Jobs of one kind, newest first. */
    public List<JobView> list(PlanningKind<?, ?> kind) {
        return jobs.values().stream().filter(j -> j.planningKind() == kind)
                .sorted(Comparator.comparing((PlanningJob<?, ?> j) -> j.startedAt()).reversed())
                .map(PlanningJob::view).toList();
    }

    /** Asks the solver to stop; the best solution so far stays readable. Stopping a finished job changes nothing. */
    public void stop(PlanningJob<?, ?> job) {
        if (job.state().isFinal()) {
            return;
        }
        job.requestStop();
        job.planningKind().solverManager().terminateEarly(job.id());
    }

    /** Stops the job if needed and forgets it with its context: its result can no longer be read or applied. */
    public void forget(PlanningJob<?, ?> job) {
        stop(job);
        jobs.remove(job.id());
    }

    /** The job's best solution explained by constraint; empty before the first solution. */
    public <S> Optional<ScoreBreakdown> breakdown(PlanningJob<S, ?> job) {
        return job.bestSolution().map(s -> ScoreBreakdowns.explain(job.planningKind().solutionManager(), s));
    }

    /** Explains any solution of a kind (e.g. the current plan, before solving). */
    public <S> ScoreBreakdown breakdown(PlanningKind<S, ?> kind, S solution) {
        return ScoreBreakdowns.explain(kind.solutionManager(), solution);
    }

    @PreDestroy
    void close() {
        timers.shutdownNow();
        kinds.values().forEach(PlanningKind::close);
    }

    /** The one eviction rule: beyond {@code keep-finished-jobs} ended jobs, the oldest go, context and all. */
    private void evictOldFinished() {
        List<PlanningJob<?, ?>> finished = jobs.values().stream().filter(j -> j.state().isFinal())
                .sorted(Comparator.comparing((PlanningJob<?, ?> j) -> j.startedAt())).toList();
        for (int i = 0; i < finished.size() - config.keepFinishedJobs(); i++) {
            jobs.remove(finished.get(i).id());
        }
    }
}
