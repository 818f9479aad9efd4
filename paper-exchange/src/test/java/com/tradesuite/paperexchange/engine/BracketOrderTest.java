package com.tradesuite.paperexchange.engine;

import static com.tradesuite.paperexchange.engine.EngineFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BracketOrderTest {

    private final EngineFixture fx = EngineFixture.atHundredDollars();

    private OrderSnapshot bracketAt99() {
        return fx.submit(OrderRequest.builder().qty("10").side("buy").type("limit").limitPrice("99")
                .orderClass("bracket").takeProfit("110").stopLoss("95"));
    }

    @Test
    void legs_are_held_until_the_entry_fills() {
        // when
        OrderSnapshot entry = bracketAt99();

        // then
        assertThat(entry.status()).isEqualTo(OrderStatus.NEW);
        assertThat(entry.legs()).extracting(OrderSnapshot::status)
                .containsExactly(OrderStatus.HELD, OrderStatus.HELD);
    }

    @Test
    void after_the_entry_fills_take_profit_is_new_and_stop_loss_stays_held() {
        // given
        OrderSnapshot entry = bracketAt99();

        // when
        fx.engine.setPrice("AAPL", dec("98.50"));

        // then
        OrderSnapshot filled = fx.order(entry.id());
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledAvgPrice()).isEqualByComparingTo("98.50");
        assertThat(filled.legs()).extracting(OrderSnapshot::status)
                .containsExactly(OrderStatus.NEW, OrderStatus.HELD);
    }

    @Test
    void shares_held_by_the_legs_make_another_sell_fail_with_alpacas_403_body() {
        // given
        OrderSnapshot entry = bracketAt99();
        fx.engine.setPrice("AAPL", dec("99"));
        String takeProfitId = fx.order(entry.id()).legs().get(0).id();
        assertThat(fx.engine.position("AAPL").qtyAvailable()).isZero();

        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("10").side("sell")
                .type("stop").stopPrice("90").timeInForce("gtc")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(403);
        assertThat(rejection.body()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "available", "0",
                "code", 40310000,
                "existing_qty", "10",
                "held_for_orders", "10",
                "message", "insufficient qty available for order (requested: 10, available: 0)",
                "related_orders", List.of(takeProfitId),
                "symbol", ""));
    }

    @Test
    void stop_loss_triggers_fills_and_cancels_the_take_profit() {
        // given
        OrderSnapshot entry = bracketAt99();
        fx.engine.setPrice("AAPL", dec("99"));

        // when
        fx.engine.setPrice("AAPL", dec("94.80"));

        // then
        List<OrderSnapshot> legs = fx.order(entry.id()).legs();
        assertThat(legs.get(1).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(legs.get(1).filledAvgPrice()).isEqualByComparingTo("94.80");
        assertThat(legs.get(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(fx.engine.positions()).isEmpty();
    }

    @Test
    void take_profit_fill_cancels_the_stop_loss() {
        // given
        OrderSnapshot entry = bracketAt99();
        fx.engine.setPrice("AAPL", dec("99"));

        // when
        fx.engine.setPrice("AAPL", dec("111"));

        // then
        List<OrderSnapshot> legs = fx.order(entry.id()).legs();
        assertThat(legs.get(0).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(legs.get(0).filledAvgPrice()).isEqualByComparingTo("111");
        assertThat(legs.get(1).status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void oco_protects_an_existing_position_with_a_live_take_profit_and_a_held_stop() {
        // given
        fx.buy("10");

        // when
        OrderSnapshot oco = fx.submit(OrderRequest.builder().qty("10").side("sell").type("limit")
                .timeInForce("gtc").orderClass("oco").takeProfit("110").stopLoss("95"));

        // then
        assertThat(oco.status()).isEqualTo(OrderStatus.NEW);
        assertThat(oco.limitPrice()).isEqualByComparingTo("110");
        assertThat(oco.legs()).extracting(OrderSnapshot::status).containsExactly(OrderStatus.HELD);
        assertThat(fx.engine.position("AAPL").qtyAvailable()).isZero();
    }

    @Test
    void canceling_a_leg_cancels_the_whole_exit_group() {
        // given
        OrderSnapshot entry = bracketAt99();
        fx.engine.setPrice("AAPL", dec("99"));
        String stopLossId = fx.order(entry.id()).legs().get(1).id();

        // when
        fx.engine.cancel(stopLossId);

        // then
        assertThat(fx.order(entry.id()).legs()).extracting(OrderSnapshot::status)
                .containsExactly(OrderStatus.CANCELED, OrderStatus.CANCELED);
        assertThat(fx.engine.position("AAPL").qtyAvailable()).isEqualByComparingTo("10");
    }

    @Test
    void take_profit_and_stop_loss_without_order_class_make_a_plain_order() {
        // when: the request lacks order_class, the mistake that left positions unprotected
        OrderSnapshot order = fx.submit(OrderRequest.builder().qty("1").side("buy").type("market")
                .takeProfit("110").stopLoss("95"));

        // then
        assertThat(order.legs()).isNull();
        assertThat(order.orderClass().wire()).isEqualTo("simple");
    }
}
