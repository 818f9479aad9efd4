package com.tradesuite.broker.ws;

import static com.tradesuite.broker.support.Orders.order;
import static com.tradesuite.broker.support.Orders.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTrackerTest {

    private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");

    private final UpdateTracker tracker = new UpdateTracker(1000);

    @Test
    void given_the_same_execution_twice_then_it_is_accepted_once() {
        TradeUpdate fill = update(TradeUpdateEvent.FILL, "exec-1", order("o1", OrderStatus.FILLED, "10", "10", "5", T0),
                "5", "10");

        assertThat(tracker.accept(fill)).isTrue();
        assertThat(tracker.accept(fill)).isFalse();
        assertThat(tracker.lastEventAt()).isEqualTo(T0);
    }

    @Test
    void given_two_partial_fills_then_both_are_accepted_and_a_replay_of_the_first_is_not() {
        TradeUpdate first = update(TradeUpdateEvent.PARTIAL_FILL, "e1",
                order("o1", OrderStatus.PARTIALLY_FILLED, "10", "4", "5", T0), "5", "4");
        TradeUpdate second = update(TradeUpdateEvent.FILL, "e2",
                order("o1", OrderStatus.FILLED, "10", "10", "5.6", T0.plusSeconds(1)), "6", "6");

        assertThat(tracker.accept(first)).isTrue();
        assertThat(tracker.accept(second)).isTrue();
        assertThat(tracker.accept(first)).isFalse();
    }

    @Test
    void given_a_partial_seen_live_and_the_rest_missed_then_catch_up_rebuilds_only_the_missed_part() {
        tracker.accept(update(TradeUpdateEvent.PARTIAL_FILL, "e1",
                order("o1", OrderStatus.PARTIALLY_FILLED, "10", "4", "5", T0), "5", "4"));
        Order snapshot = order("o1", OrderStatus.FILLED, "10", "10", "5.6", T0.plusSeconds(5));

        List<TradeUpdate> missed = tracker.missedUpdates(snapshot);

        assertThat(missed).hasSize(1);
        TradeUpdate fill = missed.get(0);
        assertThat(fill.event()).isEqualTo(TradeUpdateEvent.FILL);
        assertThat(fill.qty()).isEqualByComparingTo("6");
        assertThat(fill.price()).isEqualByComparingTo("6");
        assertThat(fill.synthetic()).isTrue();
        assertThat(fill.executionId()).isEqualTo("catchup:o1:10");
        assertThat(tracker.accept(fill)).isTrue();
        assertThat(tracker.missedUpdates(snapshot)).isEmpty();
    }

    @Test
    void given_an_order_first_seen_filled_in_catch_up_then_both_its_new_and_its_fill_are_delivered() {
        Order snapshot = order("o1", OrderStatus.FILLED, "10", "10", "5", T0);

        List<TradeUpdate> missed = tracker.missedUpdates(snapshot);

        assertThat(missed).extracting(TradeUpdate::event)
                .containsExactly(TradeUpdateEvent.NEW, TradeUpdateEvent.FILL);
        assertThat(missed).allMatch(tracker::accept);
        assertThat(tracker.missedUpdates(snapshot)).isEmpty();
    }

    @Test
    void given_a_catch_up_fill_then_a_late_live_copy_of_it_is_not_delivered_again() {
        Order snapshot = order("o1", OrderStatus.FILLED, "10", "10", "5", T0);
        tracker.missedUpdates(snapshot).forEach(tracker::accept);

        TradeUpdate lateLive = update(TradeUpdateEvent.FILL, "real-exec", snapshot, "5", "10");

        assertThat(tracker.accept(lateLive)).isFalse();
    }

    @Test
    void given_an_unknown_canceled_order_then_catch_up_reports_new_and_canceled_once() {
        Order canceled = order("o9", OrderStatus.CANCELED, "3", "0", null, T0);

        List<TradeUpdate> missed = tracker.missedUpdates(canceled);

        assertThat(missed).extracting(TradeUpdate::event).containsExactly(TradeUpdateEvent.NEW, TradeUpdateEvent.CANCELED);
        missed.forEach(tracker::accept);
        assertThat(tracker.missedUpdates(canceled)).isEmpty();
    }

    @Test
    void given_orders_seen_open_then_they_are_listed_for_catch_up_until_terminal() {
        tracker.accept(update(TradeUpdateEvent.NEW, null, order("open", OrderStatus.NEW, "1", "0", null, T0), null, null));
        tracker.accept(update(TradeUpdateEvent.NEW, null, order("done", OrderStatus.NEW, "1", "0", null, T0), null, null));
        tracker.accept(update(TradeUpdateEvent.CANCELED, null, order("done", OrderStatus.CANCELED, "1", "0", null, T0),
                null, null));

        assertThat(tracker.openOrderIds()).containsExactly("open");
    }
}
