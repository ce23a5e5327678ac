package io.forecourt.quote;

/** Fact: one line of a quote under review, e.g. {@code LineUnderReview(product == "VOLTA", discountPercent > 5)}. */
public class LineUnderReview {
    private final String product;
    private final String configuration;
    private final double listPrice;
    private final double discountPercent;
    private final double marginPercent;

    public LineUnderReview(String product, String configuration, double listPrice, double discountPercent,
                           double marginPercent) {
        this.product = product;
        this.configuration = configuration;
        this.listPrice = listPrice;
        this.discountPercent = discountPercent;
        this.marginPercent = marginPercent;
    }

    public String getProduct() { return product; }
    public String getConfiguration() { return configuration; }
    public double getListPrice() { return listPrice; }
    public double getDiscountPercent() { return discountPercent; }
    public double getMarginPercent() { return marginPercent; }
}
