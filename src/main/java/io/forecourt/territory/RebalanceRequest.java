package io.forecourt.territory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/**
 * What a planner asks of a rebalancing; every field is optional. Weights (≥ 0, 0 switches the goal
 * off) default to {@code forecourt.territory.weights.*}; {@code maxMoves} caps the accounts that may
 * change territory ("small changes only"); {@code territories} limits it to some territory codes.
 */
public record RebalanceRequest(@Min(0) @Max(1_000_000) Long balanceWeight, @Min(0) @Max(1_000_000) Long potentialWeight,
                               @Min(0) @Max(1_000_000) Long compactnessWeight, @Min(0) @Max(1_000_000) Long moveWeight,
                               @Min(0) Integer maxMoves, @Min(1) @Max(3600) Integer seconds, List<String> territories) {
}
