package io.forecourt.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects located errors. A systematically broken big table could yield hundreds of thousands of
 * them; only the first {@link #LIMIT} are kept (the rest are counted), so the answer stays readable.
 */
final class ValidationErrors {

    static final int LIMIT = 200;

    private final List<CatalogError> kept = new ArrayList<>();
    private int total;

    void add(String where, String message) {
        add(where, message, null);
    }

    /** A problem with one field, named by its JSON pointer. */
    void add(String where, String message, String pointer) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(new CatalogError(where, message, pointer));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    /** Throws {@link InvalidProductException} when anything was found. */
    void throwIfAny() {
        if (total == 0) {
            return;
        }
        List<CatalogError> list = new ArrayList<>(kept);
        if (total > kept.size()) {
            list.add(CatalogError.product("… and " + (total - kept.size()) + " more errors not listed"));
        }
        throw new InvalidProductException(list, total);
    }

    List<CatalogError> list() {
        return List.copyOf(kept);
    }
}
