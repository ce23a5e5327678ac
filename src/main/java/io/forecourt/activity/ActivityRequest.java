package io.forecourt.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Plan ({@code plannedAt}) or log ({@code doneAt}) a contact. {@code version} is required on update;
 * {@code override} lets the contact through the duplicate-effort guard, with a reason on record.
 */
public record ActivityRequest(
        @NotNull Long accountId,
        @NotBlank String type,
        @NotBlank String purpose,
        OffsetDateTime plannedAt,
        OffsetDateTime doneAt,
        String outcome,
        @Size(max = 4000) String notes,
        @Min(0) @Max(1440) Integer durationMinutes,
        LocalDate followUpOn,
        String department,
        @Valid Override override,
        Integer version) {

    /** Why the caller goes ahead although a colleague has the same thing planned or just did it. */
    public record Override(@NotBlank @Size(max = 500) String reason) {
    }
}
