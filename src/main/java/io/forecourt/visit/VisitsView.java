package io.forecourt.visit;

import io.quarkus.qute.RawString;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the visits page shows: the horizon, the saved plan (a rep's own itineraries, or all of them for
 * a planner), a solve's progress and draft with what it changes, and the answer of the last action.
 */
public record VisitsView(LocalDate from, LocalDate to, boolean planner, PlanView saved, RawString savedMap,
                         VisitJson.JobDetail job, RawString draftMap, VisitJson.Published published,
                         List<VisitService.RepOption> reps, String error, String notice) {

    public LocalDate previousWeek() {
        return from.minusWeeks(1);
    }

    public LocalDate nextWeek() {
        return from.plusWeeks(1);
    }

    public boolean solving() {
        return job != null && !job.job().status().isFinal();
    }

    public String elapsed() {
        return job == null ? "" : String.format(java.util.Locale.ROOT, "%.1f s", job.job().elapsedMillis() / 1000.0);
    }

    public String colour(int index) {
        return RouteMap.colour(index);
    }
}
