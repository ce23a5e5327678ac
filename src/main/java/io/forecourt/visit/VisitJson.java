package io.forecourt.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.forecourt.planning.JobView;
import io.forecourt.planning.ScoreBreakdown;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of the visit-planning API. */
public final class VisitJson {

    private VisitJson() {
    }

    /**
     * Plan these days (default: next Monday to Friday) for this many seconds (default from configuration);
     * {@code keepPlanned}: visits already planned stay on their rep-day (small changes only).
     */
    public record StartRequest(LocalDate from, LocalDate to, @Min(1) Integer seconds, Boolean keepPlanned) {
    }

    /** A job, its score by constraint and its plan so far, with what it changes against the saved plan. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobDetail(JobView job, ScoreBreakdown breakdown, PlanView plan) {
    }

    /**
     * What applying saved. {@code rescheduled}: published visits whose diary entry moved with them;
     * {@code withdrawn}: published visits that left their rep (ill, or no longer planned): their diary
     * entries stay with that rep until someone tells them; the visit is published afresh when planned again.
     */
    public record Applied(String jobId, LocalDate from, LocalDate to, int planned, int unplanned, int created,
                          int rescheduled, List<Withdrawn> withdrawn, String score) {
    }

    public record Withdrawn(Long visitId, long activityId, String account, String rep) {
    }

    /** A visit the planner wants made (an urgent one gets a high priority). */
    public record VisitRequest(@NotNull Long accountId, @Min(5) @Max(600) Integer durationMinutes,
                               @Min(1) @Max(10) Integer priority, LocalDate from, LocalDate to,
                               @Size(max = 500) String notes) {
    }

    /** A rep does not work this day (ill, holiday): re-planning then moves that day's visits. */
    public record DayOff(@NotNull Long repId, @NotNull LocalDate day, @NotBlank @Size(max = 200) String reason) {
    }

    public record StatusChange(@NotBlank String status, @NotNull Integer version) {
    }

    public record Override(@NotBlank @Size(max = 500) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisitView(long id, long accountId, String source, String status, int durationMinutes, int priority,
                            LocalDate requestedFrom, LocalDate requestedTo, Long repId, LocalDate plannedDay,
                            Integer plannedOrder, OffsetDateTime plannedStart, OffsetDateTime plannedEnd,
                            Long activityId, String notes, int version) {

        static VisitView of(FieldVisit v) {
            return new VisitView(v.getId(), v.getAccountId(), v.getSource().name(), v.getStatus().name(),
                    v.getDurationMinutes(), v.getPriority(), v.getRequestedFrom(), v.getRequestedTo(), v.getRepId(),
                    v.getPlannedDay(), v.getPlannedOrder(), v.getPlannedStart(), v.getPlannedEnd(), v.getActivityId(),
                    v.getNotes(), v.getVersion());
        }
    }

    /** What publishing did: visits now in reps' diaries, and those a colleague's activity clashes with. */
    public record Published(int published, List<PublishedVisit> visits, List<Clash> clashes) {
    }

    public record PublishedVisit(long visitId, long activityId, String account, String rep, OffsetDateTime at) {
    }

    /** The guard's answer for one visit: who already has what planned or done; override with a reason. */
    public record Clash(long visitId, long accountId, String account, String rep, OffsetDateTime at, String detail,
                        Long existingActivityId, String existingOwner) {
    }
}
