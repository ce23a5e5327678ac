package io.forecourt.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move an opportunity to another stage; {@code lostReason} is required when it is lost. */
public record StageMove(@NotNull Stage to, @NotNull Integer version, @Size(max = 1000) String note,
                        @Size(max = 500) String lostReason) {
}
