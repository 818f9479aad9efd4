package com.tradesuite.paperexchange.engine;

import static com.tradesuite.paperexchange.engine.EngineFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PartialFillTest {

    @Test
    void thin_liquidity_fills_an_order_in_parts_each_with_its_own_execution_id() {
        // given: at most 4 shares per order per price step
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.engine.setLiquidity("AAPL", dec("4"));

        // when
        OrderSnapshot order = fx.submit(OrderRequest.builder().qty("10").side("buy").type("limit").limitPrice("101"));
        OrderSnapshot afterSubmit = fx.order(order.id());
        fx.engine.setPrice("AAPL", dec("100.50"));
        fx.engine.setPrice("AAPL", dec("100.40"));

        // then
        assertThat(afterSubmit.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(afterSubmit.filledQty()).isEqualByComparingTo("4");
        List<TradeUpdate> executions = fx.eventsFor(order.id()).stream().filter(TradeUpdate::isExecution).toList();
        assertThat(executions).extracting(TradeUpdate::event).containsExactly("partial_fill", "partial_fill", "fill");
        assertThat(executions).extracting(TradeUpdate::qty).map(BigDecimalText::of).containsExactly("4", "4", "2");
        assertThat(executions).extracting(TradeUpdate::positionQty).map(BigDecimalText::of)
                .containsExactly("4", "8", "10");
        assertThat(executions).extracting(TradeUpdate::executionId).doesNotHaveDuplicates();
        assertThat(fx.order(order.id()).filledQty()).isEqualByComparingTo("10");
    }

    @Test
    void every_listener_sees_the_same_execution_id_for_one_execution() {
        // given: a second listener beside the fixture's, as the websocket and an in-process observer are
        EngineFixture fx = EngineFixture.atHundredDollars();
        List<TradeUpdate> second = new CopyOnWriteArrayList<>();
        fx.engine.addListener(second::add);

        // when
        OrderSnapshot order = fx.submit(OrderRequest.builder().qty("5").side("buy").type("market"));

        // then
        List<String> first = fx.eventsFor(order.id()).stream().filter(TradeUpdate::isExecution)
                .map(TradeUpdate::executionId).toList();
        assertThat(first).hasSize(1);
        assertThat(second.stream().filter(TradeUpdate::isExecution).map(TradeUpdate::executionId).toList())
                .isEqualTo(first);
    }

    @Test
    void immediate_or_cancel_cancels_what_it_cannot_fill_at_once() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.engine.setLiquidity("AAPL", dec("3"));

        // when
        OrderSnapshot order = fx.submit(OrderRequest.builder().qty("10").side("buy").type("market")
                .timeInForce("ioc"));

        // then
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(order.filledQty()).isEqualByComparingTo("3");
    }

    /** Plain decimal text, so 4 and 4.0 compare equal. */
    private static final class BigDecimalText {
        static String of(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
