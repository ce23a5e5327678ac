package io.forecourt.opportunity;

import java.util.Map;

/**
 * What the board's card forms held when they were refused, so the card comes back open with the
 * typed values and what is wrong. {@code opportunityId} names the card; every other card shows its own values.
 */
public final class PipelineForms {

    private PipelineForms() {
    }

    /** Moving or closing a card: the stage asked for, the lost reason and a note. */
    public record Move(long opportunityId, String to, String lostReason, String note, String error) {

        public boolean isFor(long id) {
            return opportunityId == id;
        }

        /** Whether the refused form on card {@code id} asked for {@code stage}. */
        public boolean selects(long id, Stage stage) {
            return opportunityId == id && stage.name().equals(to);
        }
    }

    /** Changing a card's amount, expected close date and probability (blank = the stage's default). */
    public record Edit(long opportunityId, String amount, String expectedCloseDate, String probability,
                       Map<String, String> errors) {

        public boolean isFor(long id) {
            return opportunityId == id;
        }
    }
}
