package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.localstack.pacing.Backtest;
import com.tradesuite.localstack.pacing.Lockstep;
import com.tradesuite.localstack.pacing.LockstepGate;
import com.tradesuite.localstack.pacing.SuiteProbe;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Seller and risk manager scaled to two instances each while a session trades: the consumer group splits the
 * partitions between them, a crashed instance's partitions move to the survivor (which catches up with the
 * broker for them), and a restarted instance takes its share back; the invariants hold throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaledSessionIT {

    /** A bracket's stop leg is "held" while its take-profit works; it still triggers. */
    private static final Set<OrderStatus> WORKING = EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED,
            OrderStatus.HELD, OrderStatus.PARTIALLY_FILLED);

    private static final List<String> SYMBOLS = List.of("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA", "META", "QQQ");
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "BUYER_DAILY_LOSS_LIMIT_PERCENT", "50",
            "BUYER_MAX_OPEN_POSITIONS", "8",
            // A crashed instance's partitions move after 8 s instead of Kafka's default 45 s.
            "TRADESUITE_LOG_SESSION_TIMEOUT", "8s");
    private static final Set<Integer> ALL_PARTITIONS = IntStream.range(0, TopicCatalog.DEFAULT_PARTITIONS).boxed()
            .collect(Collectors.toSet());
    private static final Duration READY = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private LocalStack stack;
    private ExchangeWatcher watcher;
    private SessionInvariants invariants;
    private TradingSession session;
    private SuiteProbe probe;
    private Lockstep lockstep;
    private OrderSnapshot gappedStop;

    @BeforeAll
    void startStack() {
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", Path.of("..").toAbsolutePath().normalize().toString(),
                "--kafka-port", "0", "--base-port", "0", "--exchange-port", "0",
                "--symbols", String.join(",", SYMBOLS), "--seed", "11", "--backtest"));
        stack = LocalStack.start(options, ENVIRONMENT, out, READY);
        watcher = new ExchangeWatcher(stack.exchange());
        invariants = new SessionInvariants(stack, watcher);
        // Lockstep: a bar waits for the instances that own its partitions (also for a takeover after a crash).
        probe = new SuiteProbe(stack);
        lockstep = new Lockstep(probe::observe, new LockstepGate(Backtest.BAR_DEADLINE), out);
        session = new TradingSession(stack.exchange(), lockstep);
    }

    @AfterAll
    void stopStack() {
        if (probe != null) {
            probe.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void twoInstancesSplitThePartitionsAndASurvivorTakesOverACrashedInstancesShare() {
        session.run(Duration.ofMinutes(40), out);

        ServiceProcess secondRiskManager = stack.addInstance("risk-manager-service", out, READY);
        stack.addInstance("seller-service", out, READY);
        awaitSplit("risk-manager-service", 2);
        awaitSplit("seller-service", 2);
        Set<Integer> secondShare = ownedPartitions(secondRiskManager);
        Duration traded = Duration.ofMinutes(40);
        Optional<OrderSnapshot> stop = Optional.empty();
        while (stop.isEmpty() && traded.compareTo(Duration.ofMinutes(240)) < 0) {
            session.run(Duration.ofMinutes(10), out);
            traded = traded.plusMinutes(10);
            stop = liveStopIn(secondShare);
        }
        assertThat(stop).as("a position with a live stop in the second instance's partitions %s", secondShare)
                .isPresent();

        // A crash, then the stop gaps: only the survivor's catch-up, after the handover, can append that fill.
        secondRiskManager.kill();
        BigDecimal gapPrice = stop.get().stopPrice().multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.DOWN);
        stack.exchange().gapTo(stop.get().symbol(), gapPrice);
        gappedStop = stop.get();
        assertThat(stack.exchange().engine().order(gappedStop.id(), false).status())
                .as("the exchange filled stop %s at the gap", gappedStop.id()).isEqualTo(OrderStatus.FILLED);
        session.run(Duration.ofMinutes(20), out);
        awaitOwnership(stack.instances("risk-manager-service").get(0), ALL_PARTITIONS);
        session.run(Duration.ofMinutes(30), out);

        secondRiskManager.restart();
        stack.awaitReady(List.of(secondRiskManager), out, READY);
        awaitSplit("risk-manager-service", 2);
        session.run(Duration.ofMinutes(390).minus(traded).minusMinutes(50), out);
        // Each await above fails the test when the split, the takeover or the settling does not happen in time.
        invariants.awaitSettled();
    }

    @Test
    @Order(2)
    void theStopThatGappedWhileItsOwnerWasDownIsOnFillsAndAttributed() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<OrderFilled> fills = log.payloads(TopicCatalog.FILLS, OrderFilled.class).stream()
                .filter(fill -> fill.brokerOrderId().equals(gappedStop.id())).toList();

        assertThat(fills).as("fills of the gapped stop %s", gappedStop.id()).isNotEmpty();
        assertThat(log.payloads(TopicCatalog.EXIT_SOURCE, ExitAttributed.class))
                .anyMatch(exit -> exit.brokerOrderId().equals(gappedStop.id()));
    }

    @Test
    @Order(3)
    void theInstancesTogetherReportEveryOpenPositionExactlyOnce() {
        List<String> reported = stack.instances("risk-manager-service").stream()
                .flatMap(instance -> protectionRows(instance).stream()).toList();
        Set<String> atExchange = stack.exchange().engine().positions().stream()
                .filter(position -> position.qty().signum() != 0).map(PositionView::symbol)
                .collect(Collectors.toSet());

        assertThat(reported).doesNotHaveDuplicates();
        assertThat(Set.copyOf(reported)).isEqualTo(atExchange);
    }

    @Test
    @Order(4)
    void noPositionWasUnprotectedAndNeverTwoExitsForMoreThanTwoSeconds() {
        invariants.noPositionUnprotectedAndNeverTwoExitsForLongerThanTwoSeconds();
    }

    @Test
    @Order(5)
    void everyExchangeFillIsOnFillsExactlyOnceAcrossTheHandovers() {
        invariants.everyExchangeFillIsOnFillsExactlyOnce();
    }

    @Test
    @Order(6)
    void positionsFoldedFromTheLogEqualTheExchangePositions() {
        invariants.positionsFoldedFromTheLogEqualTheExchangePositions();
    }

    @Test
    @Order(7)
    void exactlyOneExitSourceRecordPerSellFill() {
        invariants.exactlyOneExitSourceRecordPerSellFill();
    }

    @Test
    @Order(8)
    void noIntentReachedTheExchangeTwice() {
        invariants.noIntentReachedTheExchangeTwice();
    }

    @Test
    @Order(9)
    void theLockstepClockNeverReleasedABarBeforeTheOwningInstancesHadFinishedWithTheLastOne() {
        SessionInvariants.everyBarWasReleasedByTheGate(lockstep.stats(), 390);
    }

    /** A live sell stop at the exchange for a symbol in the given partitions, if any. */
    private Optional<OrderSnapshot> liveStopIn(Set<Integer> partitions) {
        return stack.exchange().engine().orders(new OrderQuery("open", 500, null, null, false, false, Set.of(), null))
                .stream()
                // Armed only: the leg of an entry still filling, or a stop being replaced, would not fill at the gap
                // under this id.
                .filter(order -> order.side() == OrderSide.SELL && order.type() == OrderType.STOP
                        && order.stopPrice() != null && WORKING.contains(order.status())
                        && (order.parentId() == null || stack.exchange().engine().order(order.parentId(), false)
                                .status() == OrderStatus.FILLED)
                        && partitions.contains(SymbolPartitioner.partitionOf(order.symbol(),
                                TopicCatalog.DEFAULT_PARTITIONS)))
                .findFirst();
    }

    /** Waits until the service's running instances own disjoint, non-empty shares covering every partition. */
    private void awaitSplit(String service, int instances) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<ServiceProcess> running = stack.instances(service).stream().filter(ServiceProcess::isAlive)
                    .toList();
            List<Set<Integer>> shares = running.stream().map(ScaledSessionIT::ownedPartitions).toList();
            Set<Integer> union = new HashSet<>();
            int total = 0;
            for (Set<Integer> share : shares) {
                union.addAll(share);
                total += share.size();
            }
            boolean split = running.size() == instances && shares.stream().noneMatch(Set::isEmpty)
                    && union.equals(ALL_PARTITIONS) && total == ALL_PARTITIONS.size();
            if (split) {
                out.printf("  %s partitions split: %s%n", service, shares);
            }
            return split;
        });
    }

    private void awaitOwnership(ServiceProcess instance, Set<Integer> partitions) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> ownedPartitions(instance).equals(partitions));
        out.printf("  %s (port %d) owns partitions %s%n", instance.name(), instance.port(), partitions);
    }

    /** The partitions an instance reports in its readiness check (empty while it is not ready). */
    private static Set<Integer> ownedPartitions(ServiceProcess instance) {
        String body = ServiceReports.get(instance, "/q/health/ready");
        try {
            for (JsonNode check : JSON.readTree(body).path("checks")) {
                if (check.path("name").asText().equals("event-log-replay")) {
                    String partitions = check.path("data").path("partitions").asText("");
                    return partitions.isBlank() ? Set.of() : Arrays.stream(partitions.split(","))
                            .map(Integer::valueOf).collect(Collectors.toSet());
                }
            }
        } catch (IOException | RuntimeException notReadyYet) {
            return Set.of();
        }
        return Set.of();
    }

    private static List<String> protectionRows(ServiceProcess instance) {
        String body = ServiceReports.get(instance, "/protection");
        try {
            JsonNode rows = JSON.readTree(body).path("positions");
            return StreamSupport.stream(rows.spliterator(), false)
                    .map(row -> row.path("symbol").asText()).toList();
        } catch (IOException e) {
            throw new AssertionError(instance.name() + " /protection is not JSON: " + body, e);
        }
    }
}
