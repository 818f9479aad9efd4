package com.tradesuite.paperexchange.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    private static Order newOrder() {
        Order order = new Order("o-1", "c-1", "AAPL", "a-1", OrderSide.BUY, OrderType.LIMIT, OrderClass.SIMPLE, null,
                TimeInForce.DAY, BigDecimal.TEN, false, OrderStatus.PENDING_NEW, Instant.EPOCH);
        order.moveTo(OrderStatus.NEW, Instant.EPOCH);
        return order;
    }

    @Test
    void a_filled_order_can_never_change_again() {
        // given
        Order order = newOrder();
        order.moveTo(OrderStatus.FILLED, Instant.EPOCH);

        // when / then
        assertThatThrownBy(() -> order.moveTo(OrderStatus.CANCELED, Instant.EPOCH))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessage("order o-1 cannot move from filled to canceled");
    }

    @Test
    void a_held_leg_may_fill_directly_when_its_stop_triggers() {
        assertThat(OrderStatus.HELD.canMoveTo(OrderStatus.FILLED)).isTrue();
    }

    @Test
    void terminal_states_are_filled_canceled_expired_replaced_and_rejected() {
        assertThat(OrderStatus.values()).filteredOn(OrderStatus::isTerminal).containsExactlyInAnyOrder(
                OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.EXPIRED, OrderStatus.REPLACED,
                OrderStatus.REJECTED);
    }

    @Test
    void a_pending_replace_is_not_replaceable_but_new_and_held_are() {
        assertThat(OrderStatus.PENDING_REPLACE.isReplaceable()).isFalse();
        assertThat(OrderStatus.ACCEPTED.isReplaceable()).isFalse();
        assertThat(OrderStatus.NEW.isReplaceable()).isTrue();
        assertThat(OrderStatus.HELD.isReplaceable()).isTrue();
    }

    @Test
    void a_new_order_cannot_go_back_to_pending_new() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.PENDING_NEW, Instant.EPOCH))
                .isInstanceOf(IllegalOrderTransitionException.class);
    }
}
