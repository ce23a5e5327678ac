package io.forecourt.account;

import java.util.List;

/**
 * A feature's part of the account page (activities, opportunities, ...). The account package knows
 * no feature that hangs on accounts; each contributes its lines through this, after the page has
 * checked that the account is visible.
 */
public interface AccountSection {

    /** Lower comes first on the page. */
    int order();

    String title();

    /** Shown when there are no lines. */
    String emptyText();

    List<Line> lines(long accountId);

    /** A link to the feature's own form for this account (e.g. "Log a contact"), shown to those who may write; none by default. */
    default Line action(long accountId) {
        return null;
    }

    /**
     * One line: what happened or stands, a detail, optionally where to open it, and optionally one
     * next step on it (e.g. "Quote this"), shown as a button beside it.
     */
    record Line(String text, String detail, String href, String actionText, String actionHref) {
        public Line(String text, String detail, String href) {
            this(text, detail, href, null, null);
        }
    }
}
