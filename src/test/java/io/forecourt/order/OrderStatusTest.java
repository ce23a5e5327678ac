package io.forecourt.order;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order state machine on its own: every legal step, and that nothing else is. */
class OrderStatusTest {

    @Test
    void ordersFlowForwardOneStepAndCancelOnlyBeforeProduction() {
        assertThat(OrderStatus.PLACED.allowed()).containsExactly(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
        assertThat(OrderStatus.CONFIRMED.allowed()).containsExactly(OrderStatus.IN_PRODUCTION, OrderStatus.CANCELLED);
        assertThat(OrderStatus.IN_PRODUCTION.allowed()).containsExactly(OrderStatus.SHIPPED);
        assertThat(OrderStatus.SHIPPED.allowed()).containsExactly(OrderStatus.DELIVERED);
        assertThat(OrderStatus.DELIVERED.allowed()).isEmpty();
        assertThat(OrderStatus.CANCELLED.allowed()).isEmpty();
    }

    @Test
    void exactlySixOfTheThirtySixPairsAreLegal() {
        int legal = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                legal += from.allowed().contains(to) ? 1 : 0;
            }
            assertThat(from.allowed()).doesNotContain(from);
        }
        assertThat(legal).isEqualTo(6);
        assertThat(EnumSet.allOf(OrderStatus.class)).containsExactlyElementsOf(OrderStatus.FLOW);
        assertThat(List.of(OrderStatus.values())).hasSize(6);
    }
}
