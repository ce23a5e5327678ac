package io.forecourt.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The open opportunities in one currency, per open stage: how many, their amount, and their amount
 * weighted by probability. {@code reps} breaks it down per owner when a manager asks for the team.
 */
public record Pipeline(String currency, Long ownerId, List<StageTotal> stages, BigDecimal amount,
                       BigDecimal weightedAmount, List<RepPipeline> reps) {

    public record StageTotal(Stage stage, int count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    public record RepPipeline(long ownerId, String owner, List<StageTotal> stages, BigDecimal amount,
                              BigDecimal weightedAmount) {
    }
}
