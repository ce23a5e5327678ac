package io.forecourt.catalog;

/**
 * One problem found in an imported document, with where it is: "product", "group ENGINE",
 * "group ENGINE / option ENG_P130", "table ENGINE_GEARBOX / row 3" or, for CSV, ".../ line 4"; and,
 * where the problem is one field of the document, its JSON pointer ({@code /groups/0/options/2/price}).
 */
public record CatalogError(String where, String message, String pointer) {

    public static final String PRODUCT = "product";

    public CatalogError(String where, String message) {
        this(where, message, null);
    }

    static CatalogError product(String message) {
        return new CatalogError(PRODUCT, message);
    }
}
