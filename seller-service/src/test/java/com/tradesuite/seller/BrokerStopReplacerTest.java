package com.tradesuite.seller;

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

/** The broker adapter against a real in-process paper exchange (HTTP, no Kafka). */
class BrokerStopReplacerTest {

    private PaperExchangeServer exchange;
    private BrokerClient client;
    private BrokerStopReplacer replacer;

    @BeforeEach
    void start() {
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).symbols("AAPL")
                .sessionStart(Instant.parse("2026-11-16T14:30:00Z")).build());
        client = BrokerClient.create(BrokerConfig.fromEnvironment(Map.of(
                BrokerConfig.KEY_ID, "key", BrokerConfig.SECRET_KEY, "secret",
                BrokerConfig.BASE_URL, exchange.baseUrl(), BrokerConfig.DATA_URL, exchange.baseUrl(),
                BrokerConfig.MAX_ATTEMPTS, "1")));
        replacer = new BrokerStopReplacer(client);
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
    void replacesAHeldStopLegWithTheNewStopAndClientOrderId() {
        String leg = heldStopLeg();

        StopReplacer.ReplaceOutcome outcome = replacer.replace(leg, "trail-aapl-1", new BigDecimal("98.00"));

        assertThat(outcome).isInstanceOf(StopReplacer.ReplaceOutcome.Replaced.class);
        String newId = ((StopReplacer.ReplaceOutcome.Replaced) outcome).newBrokerOrderId();
        OrderSnapshot replacement = exchange.engine().order(newId, false);
        assertThat(replacement.stopPrice()).isEqualByComparingTo("98.00");
        assertThat(replacement.clientOrderId()).isEqualTo("trail-aapl-1");
        assertThat(replacement.status()).isEqualTo(OrderStatus.HELD);
        assertThat(exchange.engine().order(leg, false).status()).isEqualTo(OrderStatus.REPLACED);
    }

    @Test
    void anOrderThatIsNoLongerReplaceableIsAFinalRefusal() {
        String leg = heldStopLeg();
        replacer.replace(leg, "trail-aapl-1", new BigDecimal("98.00"));

        StopReplacer.ReplaceOutcome again = replacer.replace(leg, "trail-aapl-2", new BigDecimal("99.00"));

        assertThat(again).isInstanceOfSatisfying(StopReplacer.ReplaceOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("422").contains("replaced"));
    }

    @Test
    void anUnknownOrderIsAFinalRefusal() {
        assertThat(replacer.replace("no-such-order", "trail-aapl-1", new BigDecimal("98.00")))
                .isInstanceOf(StopReplacer.ReplaceOutcome.Refused.class);
    }

    @Test
    void aServerErrorIsTransient() {
        String leg = heldStopLeg();
        exchange.faults().serverErrors(1, 503);

        assertThat(replacer.replace(leg, "trail-aapl-1", new BigDecimal("98.00")))
                .isInstanceOf(StopReplacer.ReplaceOutcome.Failed.class);
        assertThat(exchange.engine().order(leg, false).status()).isEqualTo(OrderStatus.HELD);
    }
}
