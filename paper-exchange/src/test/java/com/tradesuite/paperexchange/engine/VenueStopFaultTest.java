package com.tradesuite.paperexchange.engine;

import static com.tradesuite.paperexchange.engine.EngineFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The venue's own stop faults, per symbol: it cancels live stops unasked, and it rejects new orders with a stop. */
class VenueStopFaultTest {

    private final EngineFixture fx = EngineFixture.atHundredDollars();

    /** A filled bracket entry at 100 with its take-profit at 110 (working) and its stop at 95 (held). */
    private OrderSnapshot filledBracket() {
        OrderSnapshot entry = fx.submit(OrderRequest.builder().qty("10").side("buy").type("market")
                .orderClass("bracket").takeProfit("110").stopLoss("95"));
        return fx.order(entry.id());
    }

    private OrderRequest.Builder oco() {
        return OrderRequest.builder().qty("10").side("sell").type("limit").timeInForce("gtc").orderClass("oco")
                .takeProfit("110").stopLoss("95");
    }

    @Test
    void given_a_bracket_when_the_venue_cancels_its_stops_then_only_the_held_stop_leg_is_canceled_unasked() {
        // given
        OrderSnapshot entry = filledBracket();
        String takeProfitId = entry.legs().get(0).id();
        String stopId = entry.legs().get(1).id();

        // when
        List<OrderSnapshot> canceled = fx.engine.cancelStopsByVenue("AAPL");

        // then
        assertThat(canceled).extracting(OrderSnapshot::id).containsExactly(stopId);
        assertThat(fx.order(stopId).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(fx.eventsFor(stopId)).extracting(TradeUpdate::event).endsWith("canceled");
        assertThat(fx.order(takeProfitId).status()).isEqualTo(OrderStatus.NEW);
        assertThat(fx.engine.position("AAPL").qty()).isEqualByComparingTo("10");
    }

    @Test
    void given_a_stop_canceled_by_the_venue_when_price_falls_through_it_then_nothing_sells() {
        // given
        filledBracket();
        fx.engine.cancelStopsByVenue("AAPL");

        // when
        fx.engine.setPrice("AAPL", dec("90"));

        // then
        assertThat(fx.engine.position("AAPL").qty()).isEqualByComparingTo("10");
    }

    @Test
    void given_an_entry_not_filled_yet_when_the_venue_cancels_stops_then_its_waiting_legs_stay() {
        // given a limit entry below the price: its legs wait for it
        OrderSnapshot entry = fx.submit(OrderRequest.builder().qty("10").side("buy").type("limit").limitPrice("90")
                .orderClass("bracket").takeProfit("110").stopLoss("85"));

        // when
        List<OrderSnapshot> canceled = fx.engine.cancelStopsByVenue("AAPL");

        // then
        assertThat(canceled).isEmpty();
        assertThat(fx.order(entry.legs().get(1).id()).status()).isEqualTo(OrderStatus.HELD);
    }

    @Test
    void given_stop_rejections_for_a_symbol_when_an_oco_with_a_stop_is_submitted_then_it_is_refused_with_422() {
        // given
        fx.buy("10");
        fx.engine.rejectStopOrders("AAPL", 1, RejectMode.HTTP);

        // when
        ExchangeRejection refused = fx.rejectionOf(() -> fx.submit(oco()));

        // then
        assertThat(refused.httpStatus()).isEqualTo(422);
        assertThat(fx.engine.stopRejections()).doesNotContainKey("AAPL");
        assertThat(fx.submit(oco().clientOrderId("second-try")).status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void given_async_stop_rejections_when_a_stop_is_submitted_then_it_is_accepted_and_rejected_by_a_trade_update() {
        // given
        fx.buy("10");
        fx.engine.rejectStopOrders("AAPL", 2, RejectMode.ASYNC);

        // when
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95")
                .timeInForce("gtc"));

        // then
        assertThat(stop.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(fx.eventsFor(stop.id())).extracting(TradeUpdate::event).containsExactly("rejected");
        assertThat(fx.engine.stopRejections()).containsEntry("AAPL", 1);
    }

    @Test
    void given_stop_rejections_when_a_market_sell_is_submitted_then_it_passes_and_fills() {
        // given
        fx.buy("10");
        fx.engine.rejectStopOrders("AAPL", 5, RejectMode.HTTP);

        // when
        OrderSnapshot sell = fx.submit(OrderRequest.builder().qty("10").side("sell").type("market"));

        // then
        assertThat(fx.order(sell.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.engine.stopRejections()).containsEntry("AAPL", 5);
    }

    @Test
    void given_stop_rejections_when_lifted_with_zero_then_stops_are_accepted_again() {
        // given
        fx.buy("10");
        fx.engine.rejectStopOrders("AAPL", 5, RejectMode.HTTP);

        // when
        fx.engine.rejectStopOrders("AAPL", 0, RejectMode.HTTP);

        // then
        assertThat(fx.submit(oco()).status()).isEqualTo(OrderStatus.NEW);
    }
}
