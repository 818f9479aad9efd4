package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

/** {@code check-bracket} against the real in-process paper exchange over HTTP: normal, order_class dropped, live. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckBracketIT {

    private static final String KEY = "PKBRACKET000000001";
    private static final String SECRET = "check-bracket-secret";

    private PaperExchangeServer exchange;
    private BrokerClient broker;

    @BeforeAll
    void start() {
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).speedUp(0).symbols("SPY")
                .sessionStart(Instant.parse("2026-11-16T14:30:00Z")).apiKeyId(KEY).apiSecretKey(SECRET).build());
        exchange.setPrice("SPY", new BigDecimal("500.00"));
        broker = BrokerClient.create(BrokerConfig.builder().keyId(KEY).secretKey(SECRET)
                .baseUrl(exchange.baseUrl()).build());
    }

    @AfterEach
    void clearFaults() {
        exchange.faults().clear();
    }

    @AfterAll
    void stop() {
        broker.close();
        exchange.close();
    }

    @Test
    void passesOnANormalExchangeAndLeavesNothingOpen() {
        CliResult result = run("--broker-url", exchange.baseUrl());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("buy 1 limit 490.00, take-profit 510.00, stop 480.20")
                .containsPattern("(?m)^bracket +\\S+  class=bracket type=limit side=buy qty=1 limit=490 ")
                .containsPattern("(?m)^  \\|- take-profit \\S+  class=bracket type=limit side=sell qty=1 limit=510 ")
                .containsPattern("(?m)^  `- stop-loss +\\S+  class=bracket type=stop side=sell qty=1 stop=480.2 ")
                .containsPattern("(?m)^PASS check-bracket SPY: ");
        assertEverythingItPlacedIsCanceled(3);
    }

    @Test
    void failsNamingTheMissingOrderClassWhenTheVenueDropsIt() {
        exchange.faults().dropOrderClass(true);

        CliResult result = run("--broker-url", exchange.baseUrl(), "--symbol", "spy");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out()).contains("class=(missing)")
                .containsPattern("(?m)^FAIL check-bracket SPY: parent order_class is missing from the broker's"
                        + " answer \\(expected bracket\\)$");
        assertEverythingItPlacedIsCanceled(3);
    }

    @Test
    void refusesTheLiveUrlWithoutLiveAndSendsNothing() {
        int before = allOrders().size();
        // The environment names the exchange too: the refusal must not fall back to it either.
        CliResult result = CliResult.run(Map.of(BrokerConfig.KEY_ID, KEY, BrokerConfig.SECRET_KEY, SECRET,
                BrokerConfig.BASE_URL, exchange.baseUrl()), "check-bracket", "--broker-url", BrokerConfig.LIVE_URL);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("LIVE trading URL", "--live");
        assertThat(result.out()).isEmpty();
        assertThat(allOrders()).hasSize(before);
    }

    private CliResult run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check-bracket";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliResult.run(Map.of(BrokerConfig.KEY_ID, KEY, BrokerConfig.SECRET_KEY, SECRET), all);
    }

    /** No open order at the exchange, and the run's parent and legs (the newest {@code count}) all canceled. */
    private void assertEverythingItPlacedIsCanceled(int count) {
        assertThat(broker.trading().listOrders(OrderQuery.open())).isEmpty();
        List<Order> all = allOrders();
        assertThat(all).hasSizeGreaterThanOrEqualTo(count);
        assertThat(all.subList(all.size() - count, all.size())).extracting(Order::status)
                .containsOnly(OrderStatus.CANCELED);
    }

    /** Every order, legs listed on their own, oldest first. */
    private List<Order> allOrders() {
        return broker.trading().listOrders(OrderQuery.all().withNested(false));
    }
}
