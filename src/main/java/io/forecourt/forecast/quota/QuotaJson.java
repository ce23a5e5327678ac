package io.forecourt.forecast.quota;

import io.forecourt.forecast.Metric;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of /api/quotas. */
public final class QuotaJson {

    private QuotaJson() {
    }

    static final String PERIOD = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$";

    /** Set a quota; {@code scope} is rep, team or territory. */
    public record NewQuota(@NotNull @Pattern(regexp = "(?i)rep|team|territory") String scope, @NotNull Long subjectId,
                           @NotNull @Pattern(regexp = PERIOD) String period, @NotNull Metric metric,
                           @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal target,
                           @Size(max = 1000) String reason) {
    }

    /** Change a quota's target, naming the version read. */
    public record QuotaUpdate(@NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal target,
                              @NotNull Integer version, @Size(max = 1000) String reason) {
    }

    public record QuotaView(long id, String scope, long subjectId, String subject, String period, Metric metric,
                            BigDecimal target, int version, OffsetDateTime updatedAt) {
    }

    public record ChangeView(OffsetDateTime at, String by, BigDecimal from, BigDecimal to, String reason) {
    }

    /** How to split a team quota over its reps: EVEN, POTENTIAL (territory revenue potential) or LAST_PERIOD. */
    public enum Method { EVEN, POTENTIAL, LAST_PERIOD }

    public record AllocationRequest(@NotNull Long teamId, @NotNull @Pattern(regexp = PERIOD) String period,
                                    @NotNull Metric metric, @DecimalMin("0") @DecimalMax("1000000000") BigDecimal target,
                                    @NotNull Method method, @Size(max = 1000) String reason) {
    }

    /** One rep's share of the split: the basis it was weighed on, the share and the target it gives. */
    public record Share(long repId, String rep, BigDecimal basis, double share, BigDecimal target, BigDecimal current) {
    }

    /** The split of {@code target} (the team's quota when the request names none); saved or a preview. */
    public record Allocation(long teamId, String period, Metric metric, Method method, BigDecimal target,
                             List<Share> shares, boolean saved, String note) {
    }
}
