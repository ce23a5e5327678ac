package io.forecourt.order;

import io.forecourt.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

    @Column(name = "quote_number", nullable = false, updatable = false)
    private String quoteNumber;

    @Column(name = "quote_revision", nullable = false, updatable = false)
    private int quoteRevision;

    @ElementCollection
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    Order(String number, OrderService.Placement p) {
        this.number = number;
        this.quoteId = p.quoteId();
        this.quoteNumber = p.quoteNumber();
        this.quoteRevision = p.quoteRevision();
        this.accountId = p.accountId();
        this.ownerId = p.ownerId();
        this.currency = p.currency();
        this.total = p.total();
        p.lines().forEach(l -> lines.add(new OrderLine(l)));
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
    public String getQuoteNumber() { return quoteNumber; }
    public int getQuoteRevision() { return quoteRevision; }
    public List<OrderLine> getLines() { return lines; }
    void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
