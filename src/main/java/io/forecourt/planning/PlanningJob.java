package io.forecourt.planning;

import org.optaplanner.core.api.score.Score;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One solve of a planning problem of type {@code S}, carrying the feature's context {@code C} (what it
 * needs to read and apply the result: the baseline it started from, the ids behind the model's
 * objects). The solver thread only ever replaces the best solution reference with a fresh planning
 * clone that it never touches again, so readers on request threads see an immutable snapshot; they
 * must not change it either.
 *
 * <p>Everything a job is lives in this object, so the registry can later keep it elsewhere (the
 * context and the best solution are plain values) without the features changing.
 */
public final class PlanningJob<S, C> {

    private final String id = UUID.randomUUID().toString();
    private final PlanningKind<S, C> kind;
    private final C context;
    private final long startedById;
    private final String startedBy;
    private final Duration limit;
    private final Instant startedAt = Instant.now();
    private final AtomicReference<S> best = new AtomicReference<>();
    private volatile JobState state = JobState.SOLVING;
    private volatile Instant endedAt;
    private volatile boolean stopRequested;
    private volatile String problem;
    private volatile Future<?> timer;

    PlanningJob(PlanningKind<S, C> kind, C context, long startedById, String startedBy, Duration limit) {
        this.kind = kind;
        this.context = context;
        this.startedById = startedById;
        this.startedBy = startedBy;
        this.limit = limit;
    }

    public String id() { return id; }
    public String kind() { return kind.name(); }
    PlanningKind<S, C> planningKind() { return kind; }
    /** What the feature handed in when it started the job. */
    public C context() { return context; }
    public long startedById() { return startedById; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Duration limit() { return limit; }
    public JobState state() { return state; }

    /** The best solution found so far, if any: a snapshot the solver no longer changes. */
    public Optional<S> bestSolution() {
        return Optional.ofNullable(best.get());
    }

    public Optional<Score<?>> bestScore() {
        return bestSolution().map(kind::scoreOf);
    }

    public Duration elapsed() {
        Instant end = endedAt;
        return Duration.between(startedAt, end == null ? Instant.now() : end);
    }

    public JobView view() {
        Optional<Score<?>> score = bestScore();
        return new JobView(id, kind(), state, startedBy, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC),
                elapsed().toMillis(), limit == null ? null : limit.toMillis(),
                score.map(Score::toShortString).orElse(null), score.map(Score::isFeasible).orElse(null), problem,
                score.map(ScoreWords::of).orElse(null));
    }

    void timer(Future<?> timer) {
        this.timer = timer;
    }

    void improved(S solution) {
        if (!state.isFinal()) {
            best.set(solution);
        }
    }

    void finished(S solution) {
        if (solution != null) {
            best.set(solution);
        }
        end(stopRequested ? JobState.STOPPED : JobState.FINISHED, null);
    }

    void failed(String why) {
        end(JobState.FAILED, why);
    }

    void requestStop() {
        stopRequested = true;
    }

    private synchronized void end(JobState finalState, String why) {
        if (state.isFinal()) {
            return;
        }
        endedAt = Instant.now();
        problem = why;
        state = finalState;
        Future<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
    }
}
