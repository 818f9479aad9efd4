package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.testkit.TopicProbe;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a running risk manager while a cancel-then-protect plan is in flight (the venue cancelled a stop leg,
 * the exchange answers slowly): the plan places the new stop before the process exits; a plan cut off by a shutdown
 * timeout shorter than it leaves a state the next owner completes. Either way the position ends with a live stop for
 * its full quantity. Its own Kafka broker and exchange, so the module's in-JVM risk manager is not in the group.
 */
class GracefulShutdownIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Each broker call of the plan (the cancel, then the OCO) takes this long: a plan of about 4 s. */
    private static final Duration SLOW_EXCHANGE = Duration.ofSeconds(2);

    /** A trade update with the real time the exchange emitted it. */
    private record Stamped(TradeUpdate update, long nanos) {
    }

    private static final List<Stamped> updates = new CopyOnWriteArrayList<>();
    private static final TradeUpdateListener recorder = update -> updates.add(new Stamped(update, System.nanoTime()));

    private static EmbeddedKafkaBroker kafka;
    private static PaperExchangeServer exchange;
    private static TradingDesk desk;
    private static TopicProbe<OrderEvent> orders;
    private final List<RiskManagerProcess> started = new ArrayList<>();

    @BeforeAll
    static void startBrokerAndExchange() {
        kafka = EmbeddedKafkaBroker.start();
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).rateLimitPerMinute(100_000)
                .seed(4_242L).build());
        exchange.engine().addListener(recorder);
        desk = new TradingDesk("graceful-shutdown-it", exchange, kafka.bootstrapServers());
    }

    @AfterAll
    static void stopBrokerAndExchange() {
        if (orders != null) {
            orders.close();
        }
        desk.close();
        exchange.close();
        kafka.close();
    }

    @AfterEach
    void stopRiskManagers() {
        exchange.faults().clear();
        started.forEach(RiskManagerProcess::close);
    }

    @Test
    void givenAPlanInFlightOnASlowExchange_whenTheRiskManagerGetsSigterm_thenThePlanPlacesTheStopBeforeItExits() {
        // given a running risk manager and a bracket-protected position of 10
        RiskManagerProcess riskManager = startRiskManager("graceful-shutdown-drain", "30s");
        String symbol = "AAPL";
        desk.enterWithBracket(symbol, "signal-drain", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> riskManager.protectedNow(symbol).orElse(false));

        // when the venue cancels the stop leg on a slow exchange, and SIGTERM comes once the plan is cancelling
        long stoppedAt = sigtermMidPlan(riskManager, symbol);

        // then the process placed the new stop during its shutdown, then exited
        await().atMost(DEADLINE).until(() -> !riskManager.isAlive());
        assertThat(newStopAfter(symbol, stoppedAt)).as("a stop placed after SIGTERM").isPresent();
        assertThat(liveStopQty(symbol)).isEqualByComparingTo(TradingDesk.TEN);
        assertThat(exchange.engine().position(symbol).qty()).isEqualByComparingTo(TradingDesk.TEN);
        assertThat(riskManager.output()).doesNotContain("a protection plan was still running");
        assertThat(payloads(orders, OrderIntentRecorded.class, symbol))
                .filteredOn(intent -> intent.purpose() == OrderPurpose.REPROTECT).hasSize(1);
    }

    @Test
    void givenAShutdownTimeoutShorterThanThePlan_whenSigtermCutsItOff_thenTheNextOwnerCompletesTheProtection() {
        // given a risk manager that gives a plan in flight only 200 ms at shutdown, and a protected position
        RiskManagerProcess first = startRiskManager("graceful-shutdown-cut-off", "200ms");
        String symbol = "MSFT";
        desk.enterWithBracket(symbol, "signal-cut-off", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> first.protectedNow(symbol).orElse(false));

        // when SIGTERM cuts the plan off
        sigtermMidPlan(first, symbol);
        await().atMost(DEADLINE).until(() -> !first.isAlive());
        assertThat(first.output()).contains("a protection plan was still running");
        exchange.faults().latency(Duration.ZERO);

        // then the next owner completes the protection: a live stop for all 10 shares, nothing sold
        RiskManagerProcess next = startRiskManager("graceful-shutdown-next-owner", "30s");
        await().atMost(DEADLINE).until(() -> liveStopQty(symbol).compareTo(TradingDesk.TEN) == 0);
        assertThat(exchange.engine().position(symbol).qty()).isEqualByComparingTo(TradingDesk.TEN);
        await().atMost(DEADLINE).until(() -> next.protectedNow(symbol).orElse(false));
    }

    private RiskManagerProcess startRiskManager(String name, String shutdownTimeout) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("APCA_API_BASE_URL", exchange.baseUrl());
        env.put("APCA_DATA_BASE_URL", exchange.baseUrl());
        env.put("APCA_STREAM_URL", exchange.streamUrl());
        env.put("APCA_API_KEY_ID", "test-key-id");
        env.put("APCA_API_SECRET_KEY", "test-secret-key");
        env.put("RISK_SHUTDOWN_TIMEOUT", shutdownTimeout);
        RiskManagerProcess process = RiskManagerProcess.start(name, env);
        started.add(process);
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).until(process::acting);
        if (orders == null) {
            // the risk manager created the topics
            orders = new TopicProbe<>(TopicCatalog.ORDERS, kafka.bootstrapServers());
        }
        return process;
    }

    /**
     * Slows the exchange, lets the venue cancel the symbol's stop leg, waits until the risk manager has logged the
     * cancel of the take-profit (its plan's first step, before the slow DELETE) and sends SIGTERM. Returns when.
     */
    private long sigtermMidPlan(RiskManagerProcess riskManager, String symbol) {
        exchange.faults().latency(SLOW_EXCHANGE);
        exchange.faults().cancelStopsByVenue(symbol);
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> !payloads(orders, OrderCancelRequested.class, symbol).isEmpty());
        assertThat(liveStopQty(symbol)).as("no stop yet: the plan is in flight").isZero();
        long at = System.nanoTime();
        riskManager.terminate();
        return at;
    }

    /** When the exchange first put a sell stop for the symbol on its book after {@code since}. */
    private static OptionalLong newStopAfter(String symbol, long since) {
        return updates.stream().filter(stamped -> stamped.nanos() > since)
                .filter(stamped -> stamped.update().event().equals("new")
                        && stamped.update().order().symbol().equals(symbol))
                .filter(stamped -> stamped.update().order().legs().stream().anyMatch(GracefulShutdownIT::isSellStop)
                        || isSellStop(stamped.update().order()))
                .mapToLong(Stamped::nanos).findFirst();
    }

    private static boolean isSellStop(OrderSnapshot order) {
        return order.side() == OrderSide.SELL && order.type() == OrderType.STOP;
    }

    /** Shares covered by live (working or held) sell stops at the exchange. */
    private static BigDecimal liveStopQty(String symbol) {
        OrderQuery open = new OrderQuery("open", 500, null, null, true, false, Set.of(symbol), null);
        return exchange.engine().orders(open).stream().filter(order -> isSellStop(order) && order.status().isOpen())
                .map(OrderSnapshot::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
