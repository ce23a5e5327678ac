package io.forecourt.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;

/** One configuration on a quote, with its price breakdown as it was when quoted. */
@Entity
@Table(name = "quote_lines")
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    private int position;

    @Column(name = "configuration_code", nullable = false)
    private String configurationCode;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private String market;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String selections;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String price;

    @Column(name = "list_price", nullable = false)
    private BigDecimal listPrice;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(name = "net_price", nullable = false)
    private BigDecimal netPrice;

    @Column(nullable = false)
    private BigDecimal cost;

    protected QuoteLine() {
    }

    QuoteLine(Quote quote, int position, String configurationCode, String productCode, String market,
              String selectionsJson, String priceJson, BigDecimal listPrice, BigDecimal discountPercent,
              BigDecimal netPrice, BigDecimal cost) {
        this.quote = quote;
        this.position = position;
        this.configurationCode = configurationCode;
        this.productCode = productCode;
        this.market = market;
        this.selections = selectionsJson;
        this.price = priceJson;
        this.listPrice = listPrice;
        this.discountPercent = discountPercent;
        this.netPrice = netPrice;
        this.cost = cost;
    }

    void discount(BigDecimal discountPercent, BigDecimal netPrice) {
        this.discountPercent = discountPercent;
        this.netPrice = netPrice;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getConfigurationCode() { return configurationCode; }
    public String getProductCode() { return productCode; }
    public String getMarket() { return market; }
    String getSelectionsJson() { return selections; }
    String getPriceJson() { return price; }
    public BigDecimal getListPrice() { return listPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getNetPrice() { return netPrice; }
    public BigDecimal getCost() { return cost; }
}
