package com.tradesuite.paperexchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.paperexchange.order.ReplaceRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaceTest {

    @TempDir
    Path dir;

    private EngineFixture positionThenBar(String nextBarHigh) {
        EngineFixture fx = EngineFixture.withBars(dir,
                "AAPL,2026-11-16T14:30:00Z,100,100.5,99.5,100,1000",
                "AAPL,2026-11-16T14:31:00Z,100," + nextBarHigh + ",99.8,100.2,1000");
        fx.engine.advanceBars(1);
        fx.buy("10");
        fx.engine.setReplacesSettleOnNextBar(true);
        return fx;
    }

    private static ReplaceRequest limitPrice(String price) {
        return new ReplaceRequest(null, null, new BigDecimal(price), null, null, null);
    }

    @Test
    void when_the_old_order_fills_before_the_replace_settles_the_replacement_is_rejected() {
        // given
        EngineFixture fx = positionThenBar("106");
        OrderSnapshot old = fx.submit(OrderRequest.builder().qty("10").side("sell").type("limit").limitPrice("105"));

        // when
        OrderSnapshot replacement = fx.engine.replace(old.id(), limitPrice("110"));
        OrderSnapshot oldWhilePending = fx.order(old.id());
        fx.engine.advanceBars(1);

        // then
        assertThat(oldWhilePending.status()).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(replacement.replaces()).isEqualTo(old.id());
        assertThat(fx.order(old.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(old.id()).filledAvgPrice()).isEqualByComparingTo("105");
        assertThat(fx.order(replacement.id()).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(fx.eventsFor(old.id())).extracting(TradeUpdate::event).contains("order_replace_rejected");
    }

    @Test
    void when_nothing_fills_first_the_old_order_ends_replaced_by_the_new_one() {
        // given
        EngineFixture fx = positionThenBar("104");
        OrderSnapshot old = fx.submit(OrderRequest.builder().qty("10").side("sell").type("limit").limitPrice("105"));

        // when
        OrderSnapshot replacement = fx.engine.replace(old.id(), limitPrice("110"));
        fx.engine.advanceBars(1);

        // then
        assertThat(fx.order(old.id()).status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(fx.order(old.id()).replacedBy()).isEqualTo(replacement.id());
        assertThat(fx.order(replacement.id()).status()).isEqualTo(OrderStatus.NEW);
        assertThat(fx.order(replacement.id()).limitPrice()).isEqualByComparingTo("110");
    }

    @Test
    void a_filled_order_cannot_be_replaced() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        OrderSnapshot filled = fx.buy("1");

        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.engine.replace(filled.id(), limitPrice("99")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
    }

    @Test
    void a_pending_replace_cannot_be_replaced_again() {
        // given
        EngineFixture fx = positionThenBar("104");
        OrderSnapshot old = fx.submit(OrderRequest.builder().qty("10").side("sell").type("limit").limitPrice("105"));
        fx.engine.replace(old.id(), limitPrice("110"));

        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.engine.replace(old.id(), limitPrice("111")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.getMessage()).contains("pending_replace");
    }

    @Test
    void replacing_a_held_stop_leg_keeps_the_new_leg_held_in_the_bracket() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        OrderSnapshot entry = fx.submit(OrderRequest.builder().qty("10").side("buy").type("market")
                .orderClass("bracket").takeProfit("110").stopLoss("95"));
        String stopLossId = fx.order(entry.id()).legs().get(1).id();

        // when: a trailing exit raises the stop
        OrderSnapshot raised = fx.engine.replace(stopLossId, new ReplaceRequest(null, null, null,
                new BigDecimal("97"), null, null));

        // then
        assertThat(raised.status()).isEqualTo(OrderStatus.HELD);
        assertThat(fx.order(stopLossId).status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(fx.order(entry.id()).legs()).extracting(OrderSnapshot::id).contains(raised.id());
        assertThat(fx.engine.position("AAPL").qtyAvailable()).isZero();
    }
}
