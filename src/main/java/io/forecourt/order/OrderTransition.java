package io.forecourt.order;

import io.forecourt.common.persistence.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One change of an order's state: who (null: the customer, by accepting), when, from, to, note. */
@Entity
@Table(name = "order_transitions")
public class OrderTransition extends HistoryEntry {

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private OrderStatus to;

    private String note;

    protected OrderTransition() {
    }

    OrderTransition(Long orderId, OrderStatus from, OrderStatus to, Long changedBy, String note) {
        super(changedBy, OffsetDateTime.now());
        this.orderId = orderId;
        this.from = from;
        this.to = to;
        this.note = note;
    }

    public OrderStatus getFrom() { return from; }
    public OrderStatus getTo() { return to; }
    public String getNote() { return note; }
}
