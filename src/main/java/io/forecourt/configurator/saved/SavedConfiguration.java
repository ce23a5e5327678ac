package io.forecourt.configurator.saved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A saved configuration; its price breakdown (JSON) and rules version are frozen at saving. */
@Entity
@Table(name = "saved_configurations")
public class SavedConfiguration {

    public enum Status { DRAFT, READY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private String market;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String selections;

    private String name;

    private String email;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String price;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(nullable = false)
    private String currency;

    @Column(name = "rules_version", nullable = false)
    private String rulesVersion;

    private boolean valid;

    private boolean complete;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected SavedConfiguration() {
    }

    SavedConfiguration(String code, String productCode, String market, String selectionsJson, String priceJson,
                       BigDecimal total, String currency, String rulesVersion, boolean valid, boolean complete,
                       Status status) {
        this.code = code;
        this.productCode = productCode;
        this.market = market;
        this.selections = selectionsJson;
        this.price = priceJson;
        this.total = total;
        this.currency = currency;
        this.rulesVersion = rulesVersion;
        this.valid = valid;
        this.complete = complete;
        this.status = status;
        this.createdAt = OffsetDateTime.now();
    }

    void contact(String name, String email, Long createdBy) {
        this.name = name;
        this.email = email;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getProductCode() { return productCode; }
    public String getMarket() { return market; }
    String getSelectionsJson() { return selections; }
    String getPriceJson() { return price; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public BigDecimal getTotal() { return total; }
    public String getCurrency() { return currency; }
    public String getRulesVersion() { return rulesVersion; }
    public boolean isValid() { return valid; }
    public boolean isComplete() { return complete; }
    public Status getStatus() { return status; }
    public Long getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
