package io.forecourt.catalog;

import java.time.Instant;

/** A stored product as admins see it in lists and after a write: its size and its version. */
public record CatalogEntry(String code, String name, int version, Instant updatedAt, int groupCount,
                           int optionCount, int tableCount, int rowCount) {

    static CatalogEntry of(String code, int version, Instant updatedAt, ProductDocument d) {
        return new CatalogEntry(code, d.name(), version, updatedAt, d.groups().size(), d.optionCount(),
                d.tables().size(), d.rowCount());
    }
}
