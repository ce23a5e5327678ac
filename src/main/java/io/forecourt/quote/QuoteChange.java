package io.forecourt.quote;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A change to a quote (a sent one becomes the next revision). Absent fields keep their value;
 * {@code configurations} replaces the lines; {@code version} is the one you read.
 */
public record QuoteChange(@Size(min = 1, max = 50) List<@NotBlank String> configurations,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
                          Map<String, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal> lineDiscounts,
                          LocalDate validUntil, @NotNull Integer version) {
}
