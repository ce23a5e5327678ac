package io.forecourt.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A car model as the public API shows it: groups with their options and cardinalities, in display
 * order, and the variant tables summarised (their rows can be large and are the rules' business).
 */
public record ProductDetail(String code, String name, String description, BigDecimal basePrice, String currency,
                            List<String> markets, String defaultMarket, List<GroupDocument> groups,
                            List<TableSummary> tables) {

    public record TableSummary(String code, String name, String description, List<String> columns, int rowCount) {
    }

    static ProductDetail of(ProductDocument d) {
        List<GroupDocument> ordered = d.groups().stream().sorted(Comparator.comparingInt(GroupDocument::order)).toList();
        List<TableSummary> tables = d.tables().stream()
                .map(t -> new TableSummary(t.code(), t.name(), t.description(), t.columns(), t.rows().size()))
                .toList();
        return new ProductDetail(d.code(), d.name(), d.description(), d.basePrice(), d.currency(), d.markets(),
                d.defaultMarket(), ordered, tables);
    }
}
