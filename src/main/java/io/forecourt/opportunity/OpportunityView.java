package io.forecourt.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An opportunity as the API shows it, with its stage history and the quotes linked to it
 * (see {@link LinkedQuotes}).
 */
public record OpportunityView(long id, long accountId, String accountName, String name, Stage stage,
                              int probability, boolean probabilityOverridden, BigDecimal amount, String currency,
                              BigDecimal weightedAmount, LocalDate expectedCloseDate, long ownerId, String owner,
                              String lostReason, OffsetDateTime createdAt, int version, List<Stage> allowedMoves,
                              List<Change> history, List<Object> quotes) {

    /** One stage change: who moved it from where to where, when, and why. */
    public record Change(Stage from, Stage to, long byId, String by, OffsetDateTime at, String note) {
    }
}
