package com.tradesuite.paperexchange.engine;

import static com.tradesuite.paperexchange.engine.EngineFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import org.junit.jupiter.api.Test;

class StopFaultTest {

    private final EngineFixture fx = EngineFixture.atHundredDollars();

    /** A filled bracket entry at 100 with its take-profit at 110 and its (held) stop at 95. */
    private OrderSnapshot filledBracket() {
        OrderSnapshot entry = fx.submit(OrderRequest.builder().qty("10").side("buy").type("market")
                .orderClass("bracket").takeProfit("110").stopLoss("95"));
        assertThat(fx.order(entry.id()).status()).isEqualTo(OrderStatus.FILLED);
        return fx.order(entry.id());
    }

    @Test
    void a_stop_that_never_triggers_stays_open_when_price_gaps_through_it() {
        // given
        OrderSnapshot entry = filledBracket();
        fx.engine.setStopFault("AAPL", StopFault.NEVER_TRIGGERS);

        // when
        fx.engine.setPrice("AAPL", dec("90"));

        // then
        OrderSnapshot stopLeg = fx.order(entry.legs().get(1).id());
        assertThat(stopLeg.status()).isEqualTo(OrderStatus.HELD);
        assertThat(fx.engine.position("AAPL").qty()).isEqualByComparingTo("10");
    }

    @Test
    void a_repaired_stop_triggers_again_on_the_next_move() {
        // given
        OrderSnapshot entry = filledBracket();
        fx.engine.setStopFault("AAPL", StopFault.NEVER_TRIGGERS);
        fx.engine.setPrice("AAPL", dec("94"));

        // when
        fx.engine.setStopFault("AAPL", null);
        fx.engine.setPrice("AAPL", dec("93.50"));

        // then
        assertThat(fx.order(entry.legs().get(1).id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(entry.legs().get(1).id()).filledAvgPrice()).isEqualByComparingTo("93.50");
    }

    @Test
    void a_late_stop_fills_when_its_group_is_cancelled_and_the_cancel_is_refused() {
        // given
        OrderSnapshot entry = filledBracket();
        fx.engine.setStopFault("AAPL", StopFault.FILLS_ON_CANCEL);
        fx.engine.setPrice("AAPL", dec("94"));
        String takeProfitId = entry.legs().get(0).id();
        String stopId = entry.legs().get(1).id();
        assertThat(fx.order(stopId).status()).isEqualTo(OrderStatus.HELD);

        // when
        ExchangeRejection refused = fx.rejectionOf(() -> fx.engine.cancel(takeProfitId));

        // then
        assertThat(refused.httpStatus()).isEqualTo(422);
        assertThat(fx.order(stopId).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(stopId).filledAvgPrice()).isEqualByComparingTo("94");
        assertThat(fx.order(takeProfitId).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(fx.engine.positions()).isEmpty();
    }

    @Test
    void a_late_stop_above_the_price_is_cancelled_normally() {
        // given
        OrderSnapshot entry = filledBracket();
        fx.engine.setStopFault("AAPL", StopFault.FILLS_ON_CANCEL);

        // when
        fx.engine.cancel(entry.legs().get(0).id());

        // then
        assertThat(fx.order(entry.legs().get(1).id()).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(fx.engine.position("AAPL").qty()).isEqualByComparingTo("10");
    }
}
