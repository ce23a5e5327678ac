package io.forecourt.planning;

import java.time.OffsetDateTime;

/**
 * What a planner sees of a job while it runs and after: its state, who started it and when, how
 * long it has been solving and the best score so far ({@code null} before the first solution).
 */
public record JobView(String id, String kind, JobState status, String startedBy, OffsetDateTime startedAt,
                      long elapsedMillis, String bestScore, Boolean feasible, String problem) {
}
