package io.forecourt.planning;

import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One solve of a planning problem of type {@code S}. The solver thread only ever replaces the best
 * solution reference with a fresh planning clone that it never touches again, so readers on request
 * threads see an immutable snapshot; they must not change it either.
 *
 * @param <S> the planning solution class
 */
public final class PlanningJob<S> {

    private final String id = UUID.randomUUID().toString();
    private final String kind;
    private final Class<S> solutionClass;
    private final long startedById;
    private final String startedBy;
    private final Instant startedAt = Instant.now();
    private final SolverFactory<S> solverFactory;
    private final Function<S, Score<?>> scoreOf;
    private final AtomicReference<S> best = new AtomicReference<>();
    private volatile JobState state = JobState.SOLVING;
    private volatile Instant endedAt;
    private volatile boolean stopRequested;
    private volatile String problem;
    private final Duration timeLimit;

    PlanningJob(String kind, Class<S> solutionClass, long startedById, String startedBy,
                SolverFactory<S> solverFactory, Function<S, Score<?>> scoreOf, Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.kind = kind;
        this.solutionClass = solutionClass;
        this.startedById = startedById;
        this.startedBy = startedBy;
        this.solverFactory = solverFactory;
        this.scoreOf = scoreOf;
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public long startedById() { return startedById; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public JobState state() { return state; }
    Class<S> solutionClass() { return solutionClass; }
    SolverFactory<S> solverFactory() { return solverFactory; }

    /** The best solution found so far, if any: a snapshot the solver no longer changes. */
    public Optional<S> bestSolution() {
        return Optional.ofNullable(best.get());
    }

    public Optional<Score<?>> bestScore() {
        return bestSolution().map(scoreOf);
    }

    public Duration elapsed() {
        Instant end = endedAt;
        return Duration.between(startedAt, end == null ? Instant.now() : end);
    }

    public JobView view() {
        Optional<Score<?>> score = bestScore();
        return new JobView(id, kind, state, startedBy, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC),
                elapsed().toMillis(), timeLimit == null ? null : timeLimit.toMillis(),
                score.map(Score::toShortString).orElse(null), score.map(Score::isFeasible).orElse(null), problem,
                score.map(ScoreWords::of).orElse(null));
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
    }
}
