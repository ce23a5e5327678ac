package io.forecourt.catalog;

/**
 * Fired (synchronously, after the transaction committed) whenever a product was created, replaced or
 * deleted, so whoever compiled or cached something from it can drop that. Observe it with a plain
 * {@code @Observes}; the catalogue's own cache is already up to date when observers run.
 */
public record CatalogChanged(String productCode) {
}
