package io.forecourt.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move an order on: {@code note} is the reason when cancelling; {@code version} is the one you read. */
public record TransitionRequest(@NotNull OrderStatus to, @Size(max = 1000) String note, @NotNull Integer version) {
}
