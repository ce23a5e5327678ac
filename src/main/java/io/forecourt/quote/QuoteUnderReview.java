package io.forecourt.quote;

/**
 * Fact: a quote as the approval rules see it. Percentages are 0–100; the margin is what stays of
 * the net price once the cost basis is paid, in percent of the net price.
 * Rules match it as {@code QuoteUnderReview(maxDiscountPercent > 10)}.
 */
public class QuoteUnderReview {
    private final double discountPercent;
    private final double maxDiscountPercent;
    private final double marginPercent;
    private final double total;
    private final String currency;
    private final String authorRole;

    public QuoteUnderReview(double discountPercent, double maxDiscountPercent, double marginPercent, double total,
                            String currency, String authorRole) {
        this.discountPercent = discountPercent;
        this.maxDiscountPercent = maxDiscountPercent;
        this.marginPercent = marginPercent;
        this.total = total;
        this.currency = currency;
        this.authorRole = authorRole;
    }

    /** The discount over the whole quote (list price against net total). */
    public double getDiscountPercent() { return discountPercent; }
    /** The largest discount any single line carries. */
    public double getMaxDiscountPercent() { return maxDiscountPercent; }
    public double getMarginPercent() { return marginPercent; }
    public double getTotal() { return total; }
    public String getCurrency() { return currency; }
    /** "rep", "manager" or "admin": who wrote the quote. */
    public String getAuthorRole() { return authorRole; }
}
