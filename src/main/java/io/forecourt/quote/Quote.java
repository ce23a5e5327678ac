package io.forecourt.quote;

import io.forecourt.common.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A quote for one account, its lines frozen from saved configurations; {@code token} opens the customer's link. */
@Entity
@Table(name = "quotes")
public class Quote extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status = QuoteStatus.DRAFT;

    private int revision = 1;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent = BigDecimal.ZERO;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    private String token;

    @Column(nullable = false)
    private String currency;

    @Column(name = "list_total", nullable = false)
    private BigDecimal listTotal;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "cost_total", nullable = false)
    private BigDecimal costTotal;

    @Column(name = "approval_level")
    private String approvalLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String decisions = "[]";

    @Column(name = "rules_version", nullable = false)
    private String rulesVersion;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(String number, Long accountId, Long ownerId, LocalDate validUntil) {
        this.number = number;
        this.accountId = accountId;
        this.ownerId = ownerId;
        this.validUntil = validUntil;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getAccountId() { return accountId; }
    public Long getOpportunityId() { return opportunityId; }
    void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public Long getOwnerId() { return ownerId; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public QuoteStatus getStatus() { return status; }
    void setStatus(QuoteStatus status) { this.status = status; }
    public int getRevision() { return revision; }
    void nextRevision() { revision++; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
    public LocalDate getValidUntil() { return validUntil; }
    void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getToken() { return token; }
    void setToken(String token) { this.token = token; }
    public String getCurrency() { return currency; }
    public BigDecimal getListTotal() { return listTotal; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getCostTotal() { return costTotal; }
    void setTotals(String currency, BigDecimal listTotal, BigDecimal total, BigDecimal costTotal) {
        this.currency = currency;
        this.listTotal = listTotal;
        this.total = total;
        this.costTotal = costTotal;
    }
    public String getApprovalLevel() { return approvalLevel; }
    String getDecisionsJson() { return decisions; }
    void setReview(String approvalLevel, String decisionsJson, String rulesVersion) {
        this.approvalLevel = approvalLevel;
        this.decisions = decisionsJson;
        this.rulesVersion = rulesVersion;
    }
    public String getRulesVersion() { return rulesVersion; }
    public OffsetDateTime getSentAt() { return sentAt; }
    void setSentAt(OffsetDateTime sentAt) { this.sentAt = sentAt; }
    public List<QuoteLine> getLines() { return lines; }

    public boolean expired(LocalDate today) {
        return validUntil.isBefore(today);
    }
}
