package io.forecourt.catalog;

import java.math.BigDecimal;

/**
 * What a product costs in one market: the currency, the base price and each option's price. A
 * market without a price list pays the product's own prices in the product's currency.
 */
public final class MarketPrices {

    private final ProductDocument product;
    private final PriceListDocument list;

    MarketPrices(ProductDocument product, PriceListDocument list) {
        this.product = product;
        this.list = list;
    }

    public String currency() {
        return list == null ? product.currency() : list.currency();
    }

    public BigDecimal basePrice() {
        if (list == null) {
            return product.basePrice();
        }
        return list.basePrice() != null ? list.basePrice() : list.convert(product.basePrice());
    }

    public BigDecimal option(OptionDocument option) {
        if (list == null) {
            return option.price();
        }
        BigDecimal own = list.prices().get(option.code());
        return own != null ? own : list.convert(option.price());
    }

    /** An amount written in the product's currency (a rule's saving), in this market's. */
    public BigDecimal convert(BigDecimal amount) {
        return list == null ? amount : list.convert(amount);
    }
}
