package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.ClientOrderId;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.resilience.CircuitState;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.engine.RejectMode;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries only where they are safe: 429 storms and 5xx back off then succeed; rejections are never retried. */
class RateLimitAndFaultsIT {

    private final PaperExchangeFixture fx = new PaperExchangeFixture(PaperExchangeConfig.builder(), true);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void given_a_429_storm_when_calling_then_the_client_backs_off_and_succeeds() {
        fx.exchange.faults().rateLimitStorm(4);

        Account account = fx.client.trading().getAccount();

        assertThat(account.cash()).isPositive();
        assertThat(fx.retryAfters).hasSize(4);
        assertThat(fx.waits).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < fx.retryAfters.size(); i++) {
            assertThat(fx.waits.get(i)).isGreaterThanOrEqualTo(fx.retryAfters.get(i));
        }
        assertThat(fx.client.health().state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void given_5xx_errors_when_submitting_an_order_then_it_is_placed_exactly_once() {
        fx.price("MSFT", "400.00");
        fx.exchange.faults().serverErrors(2, 503);
        String cid = ClientOrderId.derive("entry", "MSFT", "signal-7");

        Order placed = fx.client.trading().submitOrder(
                OrderRequest.market("MSFT", OrderSide.BUY, BigDecimal.ONE).withClientOrderId(cid));

        assertThat(placed.clientOrderId()).isEqualTo(cid);
        assertThat(fx.client.trading().getPosition("MSFT"))
                .hasValueSatisfying(p -> assertThat(p.qty()).isEqualByComparingTo("1"));
    }

    @Test
    void given_the_same_intent_twice_then_the_broker_refuses_the_second_as_a_duplicate() {
        fx.price("MSFT", "400.00");
        OrderRequest intent = OrderRequest.market("MSFT", OrderSide.BUY, BigDecimal.ONE)
                .withClientOrderId(ClientOrderId.derive("entry", "MSFT", "signal-8"));
        fx.client.trading().submitOrder(intent);

        assertThatThrownBy(() -> fx.client.trading().submitOrder(intent))
                .isInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(fx.client.trading().getPosition("MSFT"))
                .hasValueSatisfying(p -> assertThat(p.qty()).isEqualByComparingTo("1"));
    }

    @Test
    void given_an_order_rejection_then_it_is_not_retried() {
        fx.price("MSFT", "400.00");
        fx.exchange.faults().rejectNextOrders(1, RejectMode.HTTP);

        assertThatThrownBy(() -> fx.client.trading().submitOrder(OrderRequest.market("MSFT", OrderSide.BUY, BigDecimal.ONE)))
                .isInstanceOf(ValidationException.class);
        assertThat(fx.waits).isEmpty();
    }
}
