package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.ws.StreamState;
import com.tradesuite.broker.ws.TradeUpdateStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trade_updates stream over a real websocket: partial fills, execution ids, and nothing lost across a drop. */
class PartialFillAndStreamIT {

    private final PaperExchangeFixture fx = new PaperExchangeFixture();
    private final CollectingListener listener = new CollectingListener();
    private TradeUpdateStream stream;

    @BeforeEach
    void listen() {
        fx.price("AMD", "50.00");
        stream = fx.client.tradeUpdates(listener, null);
        stream.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.state() == StreamState.LISTENING);
    }

    @AfterEach
    void close() {
        stream.close();
        fx.close();
    }

    @Test
    void given_thin_liquidity_when_an_order_fills_in_parts_then_each_part_arrives_once_with_its_execution_id() {
        fx.exchange.engine().setLiquidity("AMD", new BigDecimal("10"));

        Order order = fx.client.trading().submitOrder(OrderRequest.market("AMD", OrderSide.BUY, new BigDecimal("25")));
        fx.exchange.advanceBars(3);

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.filledQty(order.id()).compareTo(new BigDecimal("25")) == 0);
        List<TradeUpdate> executions = listener.executionsOf(order.id());
        assertThat(executions).extracting(TradeUpdate::event).contains(TradeUpdateEvent.PARTIAL_FILL)
                .endsWith(TradeUpdateEvent.FILL);
        assertThat(executions).allSatisfy(u -> {
            assertThat(u.executionId()).isNotBlank();
            assertThat(u.synthetic()).isFalse();
        });
        assertThat(executions.stream().map(TradeUpdate::executionId).distinct()).hasSize(executions.size());
        assertThat(fx.client.trading().getOrder(order.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.client.trading().getPosition("AMD"))
                .hasValueSatisfying(p -> assertThat(p.qty()).isEqualByComparingTo("25"));
    }

    @Test
    void given_resting_orders_when_the_stream_drops_and_they_fill_meanwhile_then_catch_up_delivers_every_fill() {
        List<Order> resting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            resting.add(fx.client.trading().submitOrder(
                    OrderRequest.limit("AMD", OrderSide.BUY, BigDecimal.ONE, new BigDecimal("45.00"))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> resting.stream().allMatch(o -> listener.updates.stream()
                .anyMatch(u -> u.event() == TradeUpdateEvent.NEW && o.id().equals(u.order().id()))));

        fx.exchange.dropStreams();
        fx.exchange.gapTo("AMD", new BigDecimal("44.00"));

        await().atMost(Duration.ofSeconds(15)).until(() -> resting.stream()
                .allMatch(o -> listener.filledQty(o.id()).compareTo(BigDecimal.ONE) == 0));
        assertThat(stream.listeningCount()).isGreaterThanOrEqualTo(2);
        for (Order order : resting) {
            List<TradeUpdate> fills = listener.executionsOf(order.id());
            assertThat(fills).hasSize(1);
            assertThat(fills.get(0).executionId()).isNotBlank();
            assertThat(fills.get(0).price()).isEqualByComparingTo("44.00");
        }
        List<String> sources = listener.updates.stream().filter(TradeUpdate::isExecution)
                .map(u -> u.synthetic() ? "catch-up" : "live").distinct().collect(Collectors.toList());
        System.out.println("fills after the drop came from: " + sources);
        assertThat(listener.errors).isEmpty();
    }

    @Test
    void given_an_old_order_that_filled_while_no_stream_ran_then_a_new_stream_told_it_was_open_delivers_its_fill() {
        Order resting = fx.client.trading().submitOrder(
                OrderRequest.limit("AMD", OrderSide.BUY, BigDecimal.ONE, new BigDecimal("45.00")));
        stream.close();
        fx.exchange.gapTo("AMD", new BigDecimal("44.00"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fx.client.trading().getOrder(resting.id()).status() == OrderStatus.FILLED);
        // The caller's log ends after the order was submitted: the broker's submission-time filter excludes it.
        Instant afterSubmission = resting.submittedAt().plus(Duration.ofMinutes(10));

        CollectingListener unaware = new CollectingListener();
        try (TradeUpdateStream withoutIds = fx.client.tradeUpdates(unaware, afterSubmission)) {
            withoutIds.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> withoutIds.state() == StreamState.LISTENING);
        }
        CollectingListener told = new CollectingListener();
        try (TradeUpdateStream withIds = fx.client.tradeUpdates(told, afterSubmission, List.of(resting.id()))) {
            withIds.start();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> told.filledQty(resting.id()).compareTo(BigDecimal.ONE) == 0);
        }

        assertThat(unaware.filledQty(resting.id())).as("the submission-time filter alone misses the fill")
                .isEqualByComparingTo("0");
        assertThat(told.executionsOf(resting.id())).singleElement()
                .satisfies(fill -> assertThat(fill.price()).isEqualByComparingTo("44.00"));
    }
}
