package io.forecourt.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The small request and answer bodies of the lead actions. */
public final class LeadActions {

    private LeadActions() {
    }

    public record Disqualify(@NotBlank @Size(max = 500) String reason) {
    }

    public record Merge(@NotNull Long into) {
    }

    /**
     * What a conversion made: the account, its primary contact and an opportunity in Prospecting.
     */
    public record Converted(long leadId, long accountId, long contactId, Long opportunityId, String note) {
    }

    /** A good file: how many leads it made, their ids in row order, and which were flagged duplicates. */
    public record Imported(int imported, List<Long> leadIds, List<FlaggedRow> duplicates) {
    }

    public record FlaggedRow(int row, long leadId, long duplicateOf, String reason) {
    }

    public record RowError(int row, String field, String message) {
    }
}
