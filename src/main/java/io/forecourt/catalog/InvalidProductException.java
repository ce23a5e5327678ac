package io.forecourt.catalog;

import io.forecourt.common.web.ForecourtException;

import java.util.List;
import java.util.Map;

/** An import that was refused as a whole: 422 with every located error under {@code errors}. */
public class InvalidProductException extends ForecourtException {

    private final transient List<CatalogError> errors;

    /** @param total how many errors there were; the list may stop earlier (and then says so last) */
    public InvalidProductException(List<CatalogError> errors, int total) {
        super(422, "Invalid product document",
                (total == 1 ? "The document has 1 error" : "The document has " + total + " errors")
                        + "; nothing was changed",
                Map.of("errors", List.copyOf(errors)));
        this.errors = List.copyOf(errors);
    }

    public InvalidProductException(List<CatalogError> errors) {
        this(errors, errors.size());
    }

    public List<CatalogError> errors() {
        return errors;
    }
}
