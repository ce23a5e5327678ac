package io.forecourt.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Unmodifiable copies that, unlike {@code List.copyOf}, keep null elements: an imported document with
 * a null option or cell must reach the validator, which says where it is, instead of failing in Jackson.
 */
final class Frozen {

    private static final Class<?> UNMODIFIABLE = Collections.unmodifiableList(new ArrayList<>()).getClass();

    private Frozen() {
    }

    static <T> List<T> list(List<T> list) {
        if (list == null) {
            return List.of();
        }
        return isFrozen(list) ? list : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Rows of a variant table, each row frozen too. */
    static List<List<String>> rows(List<List<String>> rows) {
        if (rows == null) {
            return List.of();
        }
        boolean allFrozen = isFrozen(rows);
        for (int i = 0; allFrozen && i < rows.size(); i++) {
            allFrozen = rows.get(i) == null || isFrozen(rows.get(i));
        }
        if (allFrozen) {
            return rows;
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copy.add(row == null ? null : list(row));
        }
        return Collections.unmodifiableList(copy);
    }

    // List.of(...) and our own wrappers are immutable already: big tables are not copied twice
    private static boolean isFrozen(List<?> list) {
        Class<?> type = list.getClass();
        return type == UNMODIFIABLE || type.getName().startsWith("java.util.ImmutableCollections$");
    }
}
