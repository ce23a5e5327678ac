package io.forecourt.order;

import io.forecourt.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The order an accepted quote became; exactly one per quote (quote_id is unique). */
@Entity
@Table(name = "orders")
public class Order extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private Long quoteId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status = OrderStatus.PLACED;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Order() {
    }

    Order(String number, Long quoteId, Long accountId, Long ownerId, String currency, BigDecimal total) {
        this.number = number;
        this.quoteId = quoteId;
        this.accountId = accountId;
        this.ownerId = ownerId;
        this.currency = currency;
        this.total = total;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getQuoteId() { return quoteId; }
    public Long getAccountId() { return accountId; }
    public Long getOwnerId() { return ownerId; }
    public OrderStatus getStatus() { return status; }
    void setStatus(OrderStatus status) { this.status = status; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
    public String getCancelReason() { return cancelReason; }
    void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
