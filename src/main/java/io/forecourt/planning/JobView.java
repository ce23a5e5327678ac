package io.forecourt.planning;

import java.time.OffsetDateTime;

/**
 * What a planner sees of a job while it runs and after: its state, who started it and when, how
 * long it has been solving out of its time limit ({@code limitMillis}, null when none), the best
 * score so far ({@code null} before the first solution) and that score in words ({@code summary}).
 */
public record JobView(String id, String kind, JobState status, String startedBy, OffsetDateTime startedAt,
                      long elapsedMillis, Long limitMillis, String bestScore, Boolean feasible, String problem,
                      String summary) {

    /** How far the solve is through its time limit, 0–100 (100 once it has ended). */
    public int progressPercent() {
        if (status.isFinal()) {
            return 100;
        }
        if (limitMillis == null || limitMillis <= 0) {
            return 0;
        }
        return (int) Math.min(100, elapsedMillis * 100 / limitMillis);
    }

    /** Time left for pages, e.g. "about 12 s left"; empty once it has ended or without a limit. */
    public String timeLeft() {
        if (status.isFinal() || limitMillis == null) {
            return "";
        }
        long seconds = Math.max(0, (limitMillis - elapsedMillis + 999) / 1000);
        return seconds >= 90 ? "about " + Math.round(seconds / 60.0) + " min left" : "about " + seconds + " s left";
    }

    /** Start time for pages, e.g. "2026-11-27 06:40:12 UTC". */
    public String started() {
        return startedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + " UTC";
    }

    /** The time limit for pages, e.g. "30 s" or "5 min". */
    public String limit() {
        if (limitMillis == null) {
            return "";
        }
        long s = Math.round(limitMillis / 1000.0);
        return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
    }

    /** Elapsed time for pages, e.g. "12.3 s". */
    public String elapsed() {
        return String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0);
    }
}
