package io.forecourt.configurator.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule read as policy: it fires when every {@code requiresChosen} set has a chosen option and no
 * {@code forbidsChosen} set has one, for the products and markets it names (empty = all). A
 * constraint rule's firing is a violation, so the configurator can also reason about it ahead of
 * the customer's clicks (which options would lead there).
 */
public record PolicyRule(String name, String file, int line, Kind kind,
                         Set<String> products, Set<String> markets, Set<String> excludedMarkets,
                         List<Set<String>> requiresChosen, List<Set<String>> forbidsChosen) {

    public enum Kind { CONSTRAINT, PRICING, DEFAULT, OTHER }

    public boolean appliesTo(String product, String market) {
        return (products.isEmpty() || products.contains(product))
                && (markets.isEmpty() || markets.contains(market))
                && !excludedMarkets.contains(market);
    }

    /** Every option code the rule names, in order of appearance. */
    public Set<String> options() {
        Set<String> all = new LinkedHashSet<>();
        requiresChosen.forEach(all::addAll);
        forbidsChosen.forEach(all::addAll);
        return all;
    }
}
