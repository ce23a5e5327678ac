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

    /**
     * The record of an applied proposal, with what became of the open work on the moved accounts:
     * {@code openWork} is the rule applied ({@code hand-over} or {@code keep}), {@code handovers} each record.
     */
    public record Applied(long rebalanceId, String jobId, int moved, String appliedBy, OffsetDateTime appliedAt,
                          String openWork, List<Handover> handovers) {

        /** For pages: "3 open records handed to the new owners" or "kept by their reps". */
        public String openWorkSummary() {
            if (handovers.isEmpty()) {
                return "The moved accounts had no open activities, opportunities or quotes.";
            }
            long handed = handovers.stream().filter(Handover::handedOver).count();
            int n = handovers.size();
            String records = n + " open record" + (n == 1 ? "" : "s") + " (activities, opportunities, quotes)";
            return handed == n ? records + " went to the accounts' new owners."
                    : handed == 0 ? records + " stayed with the reps who had them; they can still finish them."
                    : records + ": " + handed + " went to the new owners, the others stayed.";
        }
    }

    /** One open record on a moved account: what it is, whose it was, whose it is now. */
    public record Handover(long accountId, String account, String kind, long id, String text, String from, String to,
                           boolean handedOver) {

        public String owner() {
            return handedOver ? "handed from " + from + " to " + to : "kept by " + from;
        }
    }
}
