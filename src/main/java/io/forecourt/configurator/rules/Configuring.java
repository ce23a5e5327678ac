package io.forecourt.configurator.rules;

/** Fact: which product is being configured, for which market. Rules match it as {@code Configuring(product == "AURA")}. */
public class Configuring {
    private final String product;
    private final String market;

    public Configuring(String product, String market) {
        this.product = product;
        this.market = market;
    }

    public String getProduct() {
        return product;
    }

    public String getMarket() {
        return market;
    }
}
