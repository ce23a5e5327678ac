package io.forecourt.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Create or change an opportunity. On create, stage defaults to prospecting and owner to the
 * account's owner; probability left out means the stage's default. On change, {@code version} is
 * required and the stage moves only through {@code POST /{id}/stage}.
 */
public record OpportunityRequest(
        @NotNull Long accountId,
        @NotBlank @Size(max = 200) String name,
        Stage stage,
        @Min(0) @Max(100) Integer probability,
        @NotNull @DecimalMin("0") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "is a three-letter code like EUR") String currency,
        @NotNull LocalDate expectedCloseDate,
        Long ownerId,
        @Size(max = 500) String lostReason,
        Integer version) {
}
