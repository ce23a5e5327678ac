package io.forecourt.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A market's own price list, for a market that pays in another currency than the product's (the UK
 * in pounds): every amount the product names in its own currency is multiplied by {@code rate} and
 * rounded to whole units, unless the list names the amount itself ({@code basePrice}, {@code prices}
 * by option code). Rule adjustments (bundle savings) are converted at the same rate.
 *
 * @param rate      units of {@code currency} per unit of the product's currency, above 0
 * @param basePrice the base price in this market, or null for the converted one
 * @param prices    option prices in this market by option code; options not listed are converted
 */
public record PriceListDocument(String market, String currency, BigDecimal rate, BigDecimal basePrice,
                                Map<String, BigDecimal> prices) {

    public PriceListDocument {
        prices = prices == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prices));
    }

    /** The product's amount in this market's currency. */
    public BigDecimal convert(BigDecimal amount) {
        return amount.multiply(rate).setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }
}
