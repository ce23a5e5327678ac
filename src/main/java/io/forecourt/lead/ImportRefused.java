package io.forecourt.lead;

import io.forecourt.common.web.ForecourtException;

import java.util.List;
import java.util.Map;

/** 422: a lead file with at least one bad row; nothing was imported. Names every bad row. */
public class ImportRefused extends ForecourtException {

    private final transient List<LeadActions.RowError> errors;

    ImportRefused(List<LeadActions.RowError> errors) {
        super(422, "Import refused", errors.size() + " row(s) are not valid; nothing was imported",
                Map.of("errors", errors));
        this.errors = List.copyOf(errors);
    }

    public List<LeadActions.RowError> errors() {
        return errors;
    }
}
