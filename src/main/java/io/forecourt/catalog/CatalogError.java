package io.forecourt.catalog;

/**
 * One problem found in an imported document, with where it is: "product", "group ENGINE",
 * "group ENGINE / option ENG_P130", "table ENGINE_GEARBOX / row 3" or, for CSV, ".../ line 4".
 */
public record CatalogError(String where, String message) {

    public static final String PRODUCT = "product";

    static CatalogError product(String message) {
        return new CatalogError(PRODUCT, message);
    }
}
