package io.forecourt.order;

import java.util.List;

/** PLACED → CONFIRMED → IN_PRODUCTION → SHIPPED → DELIVERED; CANCELLED (with a reason) from PLACED or CONFIRMED. */
public enum OrderStatus {
    PLACED, CONFIRMED, IN_PRODUCTION, SHIPPED, DELIVERED, CANCELLED;

    /** The board's columns, in flow order. */
    public static final List<OrderStatus> FLOW = List.of(PLACED, CONFIRMED, IN_PRODUCTION, SHIPPED, DELIVERED, CANCELLED);

    public List<OrderStatus> allowed() {
        return switch (this) {
            case PLACED -> List.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> List.of(IN_PRODUCTION, CANCELLED);
            case IN_PRODUCTION -> List.of(SHIPPED);
            case SHIPPED -> List.of(DELIVERED);
            case DELIVERED, CANCELLED -> List.of();
        };
    }

    public String words() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
