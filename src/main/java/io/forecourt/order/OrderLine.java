package io.forecourt.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One car on an order, as the accepted quote priced it: its configuration, product, list price, discount, net. */
@Embeddable
public class OrderLine {

    @Column(name = "configuration_code", nullable = false)
    private String configurationCode;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private String market;

    @Column(name = "list_price", nullable = false)
    private BigDecimal listPrice;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(name = "net_price", nullable = false)
    private BigDecimal netPrice;

    protected OrderLine() {
    }

    OrderLine(OrderService.NewLine l) {
        this.configurationCode = l.configuration();
        this.productCode = l.product();
        this.market = l.market();
        this.listPrice = l.listPrice();
        this.discountPercent = l.discountPercent();
        this.netPrice = l.netPrice();
    }

    public String getConfigurationCode() { return configurationCode; }
    public String getProductCode() { return productCode; }
    public String getMarket() { return market; }
    public BigDecimal getListPrice() { return listPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getNetPrice() { return netPrice; }
}
