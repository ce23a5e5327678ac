package io.forecourt.catalog;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.forecourt.catalog.VariantTableDocument.ANY;
import static io.forecourt.catalog.VariantTableDocument.MARKET;
import static io.forecourt.catalog.VariantTableDocument.NONE;

/**
 * Checks variant tables against the product's groups and markets. Each column gets a prepared checker,
 * so a row costs one hash look-up per cell; messages are only built for cells that are wrong.
 */
final class VariantTableValidator {

    /** Where a row is for people: "row 3" in a JSON document, "line 4" in a CSV file. */
    @FunctionalInterface
    interface RowLocator {
        String where(VariantTableDocument table, int rowIndex);
    }

    static final RowLocator DOCUMENT_ROWS = (t, i) -> "table " + t.code() + " / row " + (i + 1);

    /** Says what is wrong with a cell, or null when it is fine. */
    @FunctionalInterface
    private interface CellCheck {
        String problem(String cell);
    }

    private static final CellCheck ACCEPT = cell -> null;

    private final ProductDocument doc;
    private final Map<String, GroupDocument> groups;
    private final Map<String, String> groupOfOption;
    private final Set<String> markets;
    private final RowLocator rows;
    private final ValidationErrors errors;

    VariantTableValidator(ProductDocument doc, Map<String, GroupDocument> groups, Map<String, String> groupOfOption,
                          RowLocator rows, ValidationErrors errors) {
        this.doc = doc;
        this.groups = groups;
        this.groupOfOption = groupOfOption;
        this.markets = new LinkedHashSet<>(doc.markets());
        this.rows = rows;
        this.errors = errors;
    }

    void validateAll() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            VariantTableDocument t = doc.tables().get(i);
            if (t == null) {
                errors.add("table #" + (i + 1), "The table is empty (null)");
                continue;
            }
            String at = CatalogValidator.code(t.code(), "table", i, errors);
            if (t.code() != null && !codes.add(t.code())) {
                errors.add(at, "Table code " + t.code() + " is used by an earlier table too");
            }
            table(t, at);
        }
    }

    private void table(VariantTableDocument t, String at) {
        if (t.columns().isEmpty()) {
            errors.add(at, "The table needs at least one column");
            return;
        }
        CellCheck[] checks = new CellCheck[t.columns().size()];
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < checks.length; c++) {
            checks[c] = column(t.columns().get(c), c, seen, at);
        }
        if (t.rows().isEmpty()) {
            errors.add(at, "The table has no rows, so it allows no configuration at all");
        }
        // a table without a code is named by its position; locations are only built for wrong rows
        RowLocator locator = t.code() == null ? (x, r) -> at + " / row " + (r + 1) : rows;
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            if (row == null) {
                errors.add(locator.where(t, r), "The row is empty (null)");
            } else if (row.size() != checks.length) {
                errors.add(locator.where(t, r), "The row has " + row.size() + " cells but the table has "
                        + checks.length + " columns");
            } else {
                for (int c = 0; c < checks.length; c++) {
                    String problem = checks[c].problem(row.get(c));
                    if (problem != null) {
                        errors.add(locator.where(t, r), "Column " + t.columns().get(c) + ": " + problem);
                    }
                }
            }
        }
    }

    /** Reports a bad column once and then accepts its cells, rather than repeating it on every row. */
    private CellCheck column(String column, int index, Set<String> seen, String at) {
        if (CatalogValidator.blank(column)) {
            errors.add(at, "Column " + (index + 1) + " has no name");
            return ACCEPT;
        }
        if (!seen.add(column)) {
            errors.add(at, "Column " + column + " is listed twice");
            return ACCEPT;
        }
        if (MARKET.equals(column)) {
            return cell -> cell == null || cell.isEmpty() ? "the cell is empty"
                    : ANY.equals(cell) || markets.contains(cell) ? null
                    : "\"" + cell + "\" is not one of the markets " + String.join(", ", markets);
        }
        GroupDocument group = groups.get(column);
        if (group == null) {
            errors.add(at, "Column " + column + " is neither a group of this product nor " + MARKET);
            return ACCEPT;
        }
        if (group.multiple()) {
            errors.add(at, "Column " + column + " is a multiple-choice group; tables combine single-choice groups");
            return ACCEPT;
        }
        return groupCells(group);
    }

    private CellCheck groupCells(GroupDocument group) {
        Set<String> options = new HashSet<>();
        group.options().forEach(o -> options.add(o == null ? null : o.code()));
        boolean optional = group.optional();
        return cell -> {
            if (cell == null || cell.isEmpty()) {
                return "the cell is empty";
            }
            if (ANY.equals(cell) || options.contains(cell)) {
                return null;
            }
            if (NONE.equals(cell)) {
                return optional ? null : "\"-\" (no choice) is not allowed: group " + group.code() + " is required";
            }
            String owner = groupOfOption.get(cell);
            return owner != null ? "\"" + cell + "\" is an option of group " + owner + ", not " + group.code()
                    : "\"" + cell + "\" is not an option of group " + group.code();
        };
    }
}
