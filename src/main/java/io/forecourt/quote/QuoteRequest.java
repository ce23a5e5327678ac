package io.forecourt.quote;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A new quote: saved configurations (share codes) for one account, a discount for the whole quote
 * and optionally per line ({@code lineDiscounts}: code → percent), an optional opportunity of the
 * same account and a validity date (default: {@code forecourt.quote.validity-days} from today).
 */
public record QuoteRequest(@NotNull Long account, Long opportunity,
                           @NotEmpty @Size(max = 50) List<@NotBlank String> configurations,
                           @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
                           Map<String, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal> lineDiscounts,
                           LocalDate validUntil) {
}
