package io.forecourt.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The one-tap result of a planned contact: it is done now, with this outcome. */
public record OutcomeRequest(
        @NotBlank String outcome,
        @Size(max = 4000) String notes,
        LocalDate followUpOn,
        @Min(0) @Max(1440) Integer durationMinutes) {
}
