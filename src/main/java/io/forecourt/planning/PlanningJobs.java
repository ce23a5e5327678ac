package io.forecourt.planning;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The registry of planning jobs, and the only class that runs solvers for requests. A feature hands
 * it a problem ({@link #start}); the solve runs on a solver thread of its own and the feature reads
 * the job back by id, stops it or asks for its score breakdown. Jobs live in memory: a restart
 * forgets them (a job's result that matters is applied to the database by the feature).
 */
@ApplicationScoped
public class PlanningJobs {

    private static final Logger LOG = Logger.getLogger(PlanningJobs.class);

    @Inject
    PlanningConfig config;

    @Inject
    CurrentUser currentUser;

    private final Map<String, PlanningJob<?>> jobs = new ConcurrentHashMap<>();

    /**
     * Starts solving {@code problem} (an unsaved object graph the caller no longer touches) as the
     * current user. {@code solverConfig} carries the feature's model and its termination.
     *
     * @throws ForecourtException 409 when {@code forecourt.planning.max-running-jobs} are solving
     */
    public <S> PlanningJob<S> start(String kind, S problem, SolverConfig solverConfig,
                                    Function<S, ? extends Score<?>> scoreOf) {
        long userId = currentUser.requireUserId();
        @SuppressWarnings("unchecked")
        Class<S> type = (Class<S>) problem.getClass();
        SolverFactory<S> factory = SolverFactory.create(solverConfig);
        PlanningJob<S> job;
        synchronized (this) {
            long running = jobs.values().stream().filter(j -> !j.state().isFinal()).count();
            if (running >= config.maxRunningJobs()) {
                throw ForecourtException.conflict(running + " solves are running, the most this server runs at once;"
                        + " stop one or wait until one finishes");
            }
            job = new PlanningJob<>(kind, type, userId, currentUser.getUsername(), factory, scoreOf::apply,
                    timeLimit(solverConfig));
            jobs.put(job.id(), job);
        }
        evictOldFinished();
        SolverManager<S, String> manager = SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
        PlanningJob<S> started = job;
        managers.put(job.id(), manager);
        manager.solveAndListen(job.id(), id -> problem, started::improved, solution -> {
            started.finished(solution);
            closeLater(manager);
        }, (id, error) -> {
            LOG.errorf(error, "Planning job %s (%s) failed", id, kind);
            started.failed("The solver stopped on an internal error; the log has the details");
            closeLater(manager);
        });
        return job;
    }

    private final Map<String, SolverManager<?, String>> managers = new ConcurrentHashMap<>();

    /** The solve's time limit, for the pages' progress bar; null when it ends otherwise. */
    private static Duration timeLimit(SolverConfig solverConfig) {
        var termination = solverConfig.getTerminationConfig();
        Long millis = termination == null ? null : termination.calculateTimeMillisSpentLimit();
        return millis == null ? null : Duration.ofMillis(millis);
    }

    /** The job of this kind with this id; 404 when there is none (or it is of another kind). */
    public <S> PlanningJob<S> require(String kind, String id, Class<S> solutionClass) {
        PlanningJob<?> job = jobs.get(id);
        if (job == null || !job.kind().equals(kind) || !job.solutionClass().equals(solutionClass)) {
            throw ForecourtException.notFound("Planning job " + id);
        }
        @SuppressWarnings("unchecked")
        PlanningJob<S> typed = (PlanningJob<S>) job;
        return typed;
    }

    /** Any job, whatever its kind (the shared progress endpoint). */
    public Optional<PlanningJob<?>> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Jobs of one kind, newest first. */
    public List<JobView> list(String kind) {
        return jobs.values().stream().filter(j -> j.kind().equals(kind))
                .sorted(Comparator.comparing((PlanningJob<?> j) -> j.startedAt()).reversed())
                .map(PlanningJob::view).toList();
    }

    /** Asks the solver to stop; the best solution so far stays readable. Stopping a finished job changes nothing. */
    public void stop(PlanningJob<?> job) {
        if (job.state().isFinal()) {
            return;
        }
        job.requestStop();
        SolverManager<?, String> manager = managers.get(job.id());
        if (manager != null) {
            manager.terminateEarly(job.id());
        }
    }

    /** Stops the job if needed and forgets it: its result can no longer be read or applied. */
    public void forget(PlanningJob<?> job) {
        stop(job);
        jobs.remove(job.id());
    }

    /** The job's best solution explained by constraint; empty before the first solution. */
    public <S> Optional<ScoreBreakdown> breakdown(PlanningJob<S> job) {
        return job.bestSolution().map(s -> ScoreBreakdowns.explain(job.solverFactory(), s));
    }

    /** Explains any solution of a model (e.g. the current plan, before solving). */
    public <S> ScoreBreakdown breakdown(SolverConfig solverConfig, S solution) {
        return ScoreBreakdowns.explain(SolverFactory.create(solverConfig), solution);
    }

    /** {@code base} with its termination replaced by a time limit (and optionally an unimproved limit). */
    public static SolverConfig terminatingAfter(SolverConfig base, Duration spent, Duration unimproved) {
        SolverConfig copy = new SolverConfig(base);
        org.optaplanner.core.config.solver.termination.TerminationConfig t =
                new org.optaplanner.core.config.solver.termination.TerminationConfig()
                        .withSpentLimit(spent);
        if (unimproved != null) {
            t.setUnimprovedSpentLimit(unimproved);
        }
        return copy.withTerminationConfig(t);
    }

    private void closeLater(SolverManager<?, String> manager) {
        // closing from the solver's own thread would interrupt it; close once it has returned
        CompletableFuture.runAsync(() -> {
            manager.close();
            managers.values().remove(manager);
        });
    }

    private void evictOldFinished() {
        List<PlanningJob<?>> finished = jobs.values().stream().filter(j -> j.state().isFinal())
                .sorted(Comparator.comparing((PlanningJob<?> j) -> j.startedAt())).toList();
        for (int i = 0; i < finished.size() - config.keepFinishedJobs(); i++) {
            jobs.remove(finished.get(i).id());
        }
    }
}
