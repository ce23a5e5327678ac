package io.forecourt.territory;

import io.forecourt.planning.JobView;
import io.forecourt.planning.ScoreBreakdown;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rebalancing job as the planner reads it: its progress and, once there is a solution, the draft
 * proposal (moved accounts, metrics before and after per territory) and the score by constraint.
 */
public record Proposal(JobView job, Settings settings, ScoreBreakdown score, int moved, List<Move> moves,
                       List<TerritoryMetrics> before, List<TerritoryMetrics> after, Applied applied) {

    /** The weights and limits the job was started with. */
    public record Settings(long balanceWeight, long potentialWeight, long compactnessWeight, long moveWeight,
                           Integer maxMoves, int seconds, List<String> territories) {
    }

    public record Move(long accountId, String account, String from, String to) {
    }

    /** The record of an applied proposal. */
    public record Applied(long rebalanceId, String jobId, int moved, String appliedBy, OffsetDateTime appliedAt) {
    }
}
