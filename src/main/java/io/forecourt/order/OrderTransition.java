package io.forecourt.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One change of an order's state: who (null: the customer, by accepting), when, from, to, note. */
@Entity
@Table(name = "order_transitions")
public class OrderTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private OrderStatus to;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    private String note;

    protected OrderTransition() {
    }

    OrderTransition(Long orderId, OrderStatus from, OrderStatus to, Long changedBy, String note) {
        this.orderId = orderId;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now();
        this.note = note;
    }

    public OrderStatus getFrom() { return from; }
    public OrderStatus getTo() { return to; }
    public Long getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
    public String getNote() { return note; }
}
