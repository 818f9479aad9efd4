package com.tradesuite.paperexchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderValidationTest {

    private final EngineFixture fx = EngineFixture.atHundredDollars();

    @Test
    void a_reused_client_order_id_is_rejected_with_422() {
        // given
        fx.submit(OrderRequest.builder().qty("1").side("buy").type("market").clientOrderId("signal-1"));

        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("1").side("buy")
                .type("market").clientOrderId("signal-1")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.body()).isEqualTo(Map.of("code", 40010001, "message", "client_order_id must be unique"));
    }

    @Test
    void a_sub_penny_limit_price_is_rejected_with_alpacas_message() {
        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("1").side("buy")
                .type("limit").limitPrice("290.123")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.body()).isEqualTo(Map.of("code", 42210000, "message",
                "invalid limit_price 290.123. sub-penny increment does not fulfill minimum pricing criteria"));
    }

    @Test
    void below_one_dollar_four_decimals_are_allowed_and_five_are_not() {
        // given
        fx.engine.setPrice("AAPL", new BigDecimal("0.80"));

        // when
        OrderSnapshot accepted = fx.submit(OrderRequest.builder().qty("1").side("buy").type("limit").limitPrice("0.7512"));
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("1").side("buy")
                .type("limit").limitPrice("0.75123")));

        // then
        assertThat(accepted.status()).isEqualTo(OrderStatus.NEW);
        assertThat(rejection.code()).isEqualTo(42210000);
    }

    @Test
    void a_sub_penny_stop_loss_in_a_bracket_is_rejected() {
        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("1").side("buy")
                .type("market").orderClass("bracket").takeProfit("110").stopLoss("95.001")));

        // then
        assertThat(rejection.getMessage()).startsWith("invalid stop_loss.stop_price 95.001.");
    }

    @Test
    void a_bracket_stop_above_the_base_price_is_rejected() {
        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("1").side("buy")
                .type("market").orderClass("bracket").takeProfit("110").stopLoss("100")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.getMessage()).contains("stop_loss.stop_price must be <= base_price - 0.01");
    }

    @Test
    void a_buy_beyond_buying_power_gets_the_403_buying_power_body() {
        // when: $100,000 cash, 2,000 shares at $100 cost $200,000
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.submit(OrderRequest.builder().qty("2000").side("buy")
                .type("market")));

        // then
        assertThat(rejection.httpStatus()).isEqualTo(403);
        assertThat(rejection.body()).containsEntry("code", 40310000)
                .containsEntry("message", "insufficient buying power")
                .containsEntry("buying_power", "100000")
                .containsEntry("cost_basis", "200000");
    }

    @Test
    void injected_rejections_refuse_exactly_the_next_n_orders() {
        // given
        fx.engine.rejectNextOrders(1, RejectMode.HTTP);

        // when
        ExchangeRejection rejection = fx.rejectionOf(() -> fx.buy("1"));
        OrderSnapshot next = fx.buy("1");

        // then
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(next.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void async_rejection_accepts_the_order_then_reports_it_rejected() {
        // given
        fx.engine.rejectNextOrders(1, RejectMode.ASYNC);

        // when
        OrderSnapshot order = fx.buy("1");

        // then
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(fx.eventsFor(order.id())).extracting(TradeUpdate::event).containsExactly("rejected");
    }
}
