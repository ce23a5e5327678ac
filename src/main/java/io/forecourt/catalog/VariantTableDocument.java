package io.forecourt.catalog;

import java.util.List;

/**
 * Allowed combinations. Columns are codes of single-choice groups, or {@link #MARKET}. A cell is an
 * option code of its column's group, {@link #ANY} (any option, or none for an optional group) or
 * {@link #NONE} (the optional group has no choice); in the market column a market code or {@link #ANY}.
 * A configuration is allowed by the table when at least one row matches it.
 */
public record VariantTableDocument(String code, String name, String description, List<String> columns,
                                   List<List<String>> rows) {

    public static final String MARKET = "@market";
    public static final String ANY = "*";
    public static final String NONE = "-";

    public VariantTableDocument {
        columns = Frozen.list(columns);
        rows = Frozen.rows(rows);
    }

    public VariantTableDocument withRows(List<List<String>> newRows) {
        return new VariantTableDocument(code, name, description, columns, newRows);
    }
}
