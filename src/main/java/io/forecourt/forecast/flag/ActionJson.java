package io.forecourt.forecast.flag;

import io.forecourt.forecast.Metric;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Bodies of /api/corrective-actions. */
public final class ActionJson {

    private ActionJson() {
    }

    /**
     * Act on a flag (or on a rep directly). COACHING needs a note and a follow-up date; ADJUST_QUOTA a
     * new target (for {@code metric} in {@code period}, default this month's revenue); REASSIGN_ACCOUNTS
     * opens a territory rebalancing draft of the rep's territory and its team neighbours; PLAN_VISITS a
     * visit-planning job for next week.
     */
    public record NewAction(Long flagId, Long repId, @NotNull CorrectiveAction.Kind kind, Long ownerId,
                            @NotNull LocalDate dueOn, LocalDate followUpOn, @Size(max = 2000) String note,
                            Metric metric, @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$") String period,
                            @DecimalMin("0") @DecimalMax("1000000000") BigDecimal target) {
    }

    public record Closing(@NotNull CorrectiveAction.Status status, @NotNull Integer version, @Size(max = 2000) String note) {
    }

    /** An action and its effect: the metric when it was taken and at the end of the next period (once over). */
    public record ActionView(long id, Long flagId, long repId, String rep, CorrectiveAction.Kind kind, String owner,
                             LocalDate dueOn, LocalDate followUpOn, String note, String link, CorrectiveAction.Status status,
                             boolean overdue, Metric metric, String period, BigDecimal metricAtAction, String nextPeriod,
                             BigDecimal metricAtNextPeriodEnd, OffsetDateTime createdAt, OffsetDateTime closedAt,
                             String closingNote, int version) {
    }
}
