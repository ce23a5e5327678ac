package io.forecourt.forecast.pipeline;

import io.forecourt.opportunity.Stage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of /api/forecasts. */
public final class ForecastJson {

    private ForecastJson() {
    }

    static final String PERIOD = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$";

    /** Override an opportunity's category (null category: back to the stage's default). */
    public record CategoryRequest(ForecastCategory category, @Size(max = 1000) String note, Integer version) {
    }

    public record Deal(long opportunityId, String name, String owner, Stage stage, LocalDate expectedCloseDate,
                       BigDecimal amount, int probability, BigDecimal weighted, ForecastCategory category,
                       boolean overridden, String note, int categoryVersion) {
    }

    public record Bucket(String name, int count, BigDecimal amount, BigDecimal weighted) {
    }

    /** Weighted pipeline of a subject for a period: by category and by stage, and the deals. */
    public record Pipeline(String period, String subject, BigDecimal weighted, BigDecimal closedWon,
                           List<Bucket> byCategory, List<Bucket> byStage, List<Deal> deals) {
    }

    public record Submission(@NotNull @Pattern(regexp = PERIOD) String period,
                             @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal commit,
                             @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal bestCase,
                             @Size(max = 1000) String note) {
    }

    public record Adjustment(@NotNull @Pattern(regexp = "(?i)rep|team") String scope, @NotNull Long id,
                             @NotNull @Pattern(regexp = PERIOD) String period,
                             @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal commit,
                             @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal bestCase,
                             @NotBlank @Size(max = 1000) String note) {
    }

    public record Entry(long id, String kind, String scope, long subjectId, String period, BigDecimal commit,
                        BigDecimal bestCase, String note, String by, OffsetDateTime at) {
    }

    /** A figure pair: commit and best case (null when nobody entered one). */
    public record Figures(BigDecimal commit, BigDecimal bestCase) {
    }

    /**
     * One line of the roll-up: the subject's quota, what was submitted, what the manager adjusted
     * (null when not adjusted), the weighted pipeline and what has closed won so far.
     */
    public record Line(String scope, long id, String name, BigDecimal quota, Figures submitted, Figures adjusted,
                       BigDecimal weightedPipeline, BigDecimal closedWon) {
    }

    /** Rep lines, then the team (or, for the company, team lines then the company). */
    public record RollUp(String period, List<Line> lines, Line total) {
    }
}
