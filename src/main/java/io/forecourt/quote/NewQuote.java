package io.forecourt.quote;

import java.util.List;

/**
 * The "new quote" page: an account search (until an account is chosen), then the account's open
 * opportunities and saved configurations to quote, with what the rep typed kept after a refusal.
 */
public record NewQuote(String q, List<Match> matches, Long accountId, String accountName, List<Choice> opportunities,
                       List<Offered> configurations, String codes, String discountPercent, String validUntil,
                       String error) {

    /** An account found by the search: where it is and whose it is. */
    public record Match(long id, String name, String city) {
    }

    /** An open opportunity of the account; {@code selected} when the quote will carry it. */
    public record Choice(long id, String name, String stage, boolean selected) {
    }

    /** A saved configuration of the account's customer, ticked when it goes into the quote. */
    public record Offered(String code, String label, boolean quotable, boolean checked) {
    }

    public boolean searched() {
        return q != null && !q.isBlank();
    }

    public boolean noOpportunitySelected() {
        return opportunities.stream().noneMatch(Choice::selected);
    }
}
