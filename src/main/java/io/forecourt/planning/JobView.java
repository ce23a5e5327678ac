package io.forecourt.planning;

import java.time.OffsetDateTime;

/**
 * What a planner sees of a job while it runs and after: its state, who started it and when, how
 * long it has been solving and the best score so far ({@code null} before the first solution).
 */
public record JobView(String id, String kind, JobState status, String startedBy, OffsetDateTime startedAt,
                      long elapsedMillis, String bestScore, Boolean feasible, String problem) {

    /** Start time for pages, e.g. "2026-11-27 06:40:12 UTC". */
    public String started() {
        return startedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + " UTC";
    }

    /** Elapsed time for pages, e.g. "12.3 s". */
    public String elapsed() {
        return String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0);
    }
}
