package com.tradesuite.service.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;

/** {@link AlpacaBrokerPort#replaceStop} against a real in-process paper exchange (HTTP, no Kafka). */
class AlpacaBrokerPortReplaceStopTest {

    private PaperExchangeServer exchange;
    private BrokerClient client;
    private AlpacaBrokerPort port;

    @BeforeEach
    void start() {
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).symbols("AAPL")
                .sessionStart(Instant.parse("2026-11-16T14:30:00Z")).build());
        client = BrokerClient.create(BrokerConfig.fromEnvironment(Map.of(
                BrokerConfig.KEY_ID, "key", BrokerConfig.SECRET_KEY, "secret",
                BrokerConfig.BASE_URL, exchange.baseUrl(), BrokerConfig.DATA_URL, exchange.baseUrl(),
                BrokerConfig.MAX_ATTEMPTS, "1")));
        port = new AlpacaBrokerPort(client);
        exchange.setPrice("AAPL", new BigDecimal("100"));
    }

    @AfterEach
    void stop() {
        client.close();
        exchange.close();
    }

    private String heldStopLeg() {
        Order entry = client.trading().submitOrder(BracketEntry.of("AAPL", OrderSide.BUY, new BigDecimal("10"))
                .market().takeProfit(new BigDecimal("130")).stopLoss(new BigDecimal("95")).clientOrderId("entry-1")
                .build());
        return exchange.engine().order(entry.id(), true).legs().stream()
                .filter(leg -> leg.stopPrice() != null).findFirst().orElseThrow().id();
    }

    @Test
    void givenAHeldStopLegThenItIsReplacedWithTheNewStopAndClientOrderId() {
        String leg = heldStopLeg();

        BrokerPort.ReplaceOutcome outcome = port.replaceStop(leg, "trail-aapl-1", new BigDecimal("98.00"));

        assertThat(outcome).isInstanceOf(BrokerPort.ReplaceOutcome.Replaced.class);
        String newId = ((BrokerPort.ReplaceOutcome.Replaced) outcome).newBrokerOrderId();
        OrderSnapshot replacement = exchange.engine().order(newId, false);
        assertThat(replacement.stopPrice()).isEqualByComparingTo("98.00");
        assertThat(replacement.clientOrderId()).isEqualTo("trail-aapl-1");
        assertThat(replacement.status()).isEqualTo(OrderStatus.HELD);
        assertThat(exchange.engine().order(leg, false).status()).isEqualTo(OrderStatus.REPLACED);
    }

    @Test
    void givenAHeldTakeProfitLeg_whenItsLimitIsReplaced_thenTheNewOrderHasTheHigherLimitAndClientOrderId() {
        Order entry = client.trading().submitOrder(BracketEntry.of("AAPL", OrderSide.BUY, new BigDecimal("10"))
                .market().takeProfit(new BigDecimal("130")).stopLoss(new BigDecimal("95")).clientOrderId("entry-2")
                .build());
        String leg = exchange.engine().order(entry.id(), true).legs().stream()
                .filter(order -> order.stopPrice() == null).findFirst().orElseThrow().id();

        BrokerPort.ReplaceOutcome outcome = port.replaceLimit(leg, "tp-ext-aapl-1", new BigDecimal("131.50"));

        assertThat(outcome).isInstanceOf(BrokerPort.ReplaceOutcome.Replaced.class);
        OrderSnapshot replacement = exchange.engine().order(
                ((BrokerPort.ReplaceOutcome.Replaced) outcome).newBrokerOrderId(), false);
        assertThat(replacement.limitPrice()).isEqualByComparingTo("131.50");
        assertThat(replacement.clientOrderId()).isEqualTo("tp-ext-aapl-1");
        assertThat(exchange.engine().order(leg, false).status()).isEqualTo(OrderStatus.REPLACED);
    }

    @Test
    void givenAnOrderNoLongerReplaceableThenTheReplaceIsAFinalRefusal() {
        String leg = heldStopLeg();
        port.replaceStop(leg, "trail-aapl-1", new BigDecimal("98.00"));

        BrokerPort.ReplaceOutcome again = port.replaceStop(leg, "trail-aapl-2", new BigDecimal("99.00"));

        assertThat(again).isInstanceOfSatisfying(BrokerPort.ReplaceOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("422").contains("replaced"));
    }

    @Test
    void givenAnUnknownOrderThenTheReplaceIsAFinalRefusal() {
        assertThat(port.replaceStop("no-such-order", "trail-aapl-1", new BigDecimal("98.00")))
                .isInstanceOf(BrokerPort.ReplaceOutcome.Refused.class);
    }

    @Test
    void givenAServerErrorThenTheReplaceFailedTransiently() {
        String leg = heldStopLeg();
        exchange.faults().serverErrors(1, 503);

        assertThat(port.replaceStop(leg, "trail-aapl-1", new BigDecimal("98.00")))
                .isInstanceOf(BrokerPort.ReplaceOutcome.Failed.class);
        assertThat(exchange.engine().order(leg, false).status()).isEqualTo(OrderStatus.HELD);
    }
}
