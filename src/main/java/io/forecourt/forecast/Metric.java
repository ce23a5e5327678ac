package io.forecourt.forecast;

/** What a quota sets a standard for, and where its actual comes from. */
public enum Metric {
    /** Order totals by order date; cancelled orders do not count. */
    REVENUE,
    /** Cars ordered: the lines of those orders. */
    UNITS,
    /** Calls done. */
    CALLS,
    /** Visits done. */
    VISITS,
    /** Leads created for the rep. */
    NEW_LEADS,
    /** Quotes sent to the customer. */
    QUOTES_SENT,
    /** Hours of done calls, visits and meetings (their durations). */
    SELLING_HOURS;

    public String words() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
