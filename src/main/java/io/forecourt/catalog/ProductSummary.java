package io.forecourt.catalog;

import java.math.BigDecimal;
import java.util.List;

/** A car model in the public list. */
public record ProductSummary(String code, String name, String description, BigDecimal basePrice, String currency,
                             List<String> markets) {

    static ProductSummary of(ProductDocument d) {
        return new ProductSummary(d.code(), d.name(), d.description(), d.basePrice(), d.currency(), d.markets());
    }
}
