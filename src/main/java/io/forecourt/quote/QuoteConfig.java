package io.forecourt.quote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Quoting settings (FORECOURT_QUOTE_...). */
@ConfigMapping(prefix = "forecourt.quote")
public interface QuoteConfig {

    /** Days a quote stays valid unless the rep sets a date. */
    @WithDefault("30")
    int validityDays();

    /**
     * The cost basis of catalogue prices, as a share of list price: margin = net price minus
     * list price times this ratio. The approval rules see the resulting margin.
     */
    @WithDefault("0.70")
    double costRatio();

    /** Where customers open their quotes (e.g. https://forecourt.example); links are {@code base + "/quotes/" + token}. */
    java.util.Optional<String> publicBaseUrl();
}
