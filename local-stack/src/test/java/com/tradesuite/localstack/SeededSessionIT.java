package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.localstack.pacing.Backtest;
import com.tradesuite.localstack.pacing.Lockstep;
import com.tradesuite.localstack.pacing.LockstepGate;
import com.tradesuite.localstack.pacing.SuiteProbe;
import com.tradesuite.ops.OpsMain;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

/**
 * The whole suite end to end: a real Kafka broker, the paper exchange and the five services as separate processes
 * trade a seeded session with gaps, while buyer, seller and risk manager are each killed and restarted; then the
 * invariants of DESIGN.md are checked against the exchange's truth and the event log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeededSessionIT {

    private static final List<String> SYMBOLS = List.of(
            "AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA", "META", "QQQ", "AMZN", "GOOG", "NFLX", "IWM");
    /** Loose account limits so one simulated day yields enough round trips to check the invariants on. */
    private static final Map<String, String> LOOSE_LIMITS = Map.of(
            "BUYER_DAILY_LOSS_LIMIT_PERCENT", "50",
            // The risk manager's latches (daily loss, drawdown) are loosened like the buyer's daily limit: a
            // losing seed would halt entries early (at the same bar on every run: they run on market time).
            "RISK_DAILY_LOSS_LIMIT_PERCENT", "50",
            "RISK_MAX_DRAWDOWN_PERCENT", "50",
            "BUYER_MAX_OPEN_POSITIONS", "10");
    private static final Duration READY = Duration.ofMinutes(3);
    /** How long a service's state must stand still to count as settled: three of the scanner's 1 s polls. */
    private static final Duration SETTLED = Duration.ofSeconds(3);

    private LocalStack stack;
    private ExchangeWatcher watcher;
    private SessionInvariants invariants;
    private TradingSession session;
    private SuiteProbe probe;
    private Lockstep lockstep;
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
    private final RestartedStates restartedStates = new RestartedStates();
    /** The services that write per-partition snapshots and restore them on a restart (ADR 0001). */
    private static final Set<String> SNAPSHOTTING = Set.of("seller-service", "risk-manager-service");
    private static final int MAX_GAPS = 3;
    private final List<Gap> gaps = new ArrayList<>();

    @BeforeAll
    void startStack() {
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", Path.of("..").toAbsolutePath().normalize().toString(),
                "--kafka-port", "0", "--base-port", "0", "--exchange-port", "0",
                "--symbols", String.join(",", SYMBOLS), "--seed", "7", "--backtest"));
        stack = LocalStack.start(options, LOOSE_LIMITS, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                READY);
        watcher = new ExchangeWatcher(stack.exchange());
        invariants = new SessionInvariants(stack, watcher);
        // Lockstep: each bar once the suite has finished with the last, so the counts below do not depend on the
        // machine; kills, restarts and the 2 s protection check stay in real time.
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
        System.out.println(progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void tradesWhileEachStatefulServiceIsKilledAndRestarted() {
        runWithGaps(Duration.ofMinutes(60));
        for (String name : List.of("buyer-service", "seller-service", "risk-manager-service")) {
            crashAndRecover(name);
            runWithGaps(Duration.ofMinutes(50));
        }
        // The risk manager also misses trade updates while down: startup catch-up must append them.
        ServiceProcess riskManager = stack.service("risk-manager-service");
        riskManager.kill();
        session.run(Duration.ofMinutes(20), out);
        riskManager.restart();
        stack.awaitReady(List.of(riskManager), out, READY);
        runWithGaps(Duration.ofMinutes(390 - 60 - 150 - 20));
        invariants.awaitSettled();

        assertThat(restartedStates.mismatches()).as("state rebuilt after a restart differs from before").isEmpty();
        assertThat(restartedStates.substantialComparisons())
                .as("restarts compared with an open position or order in the state (else nothing could be lost)")
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void aGapThroughAStopFilledAtTheGapPriceAndWasAttributed() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<ExitAttributed> exits = log.payloads(TopicCatalog.EXIT_SOURCE, ExitAttributed.class);

        assertThat(gaps).as("gaps injected under open positions").isNotEmpty();
        for (Gap gap : gaps) {
            List<TradeUpdate> gapFills = watcher.executions().stream()
                    .filter(update -> update.order().symbol().equals(gap.symbol())
                            && update.order().side() == OrderSide.SELL
                            && update.price().compareTo(gap.price()) == 0)
                    .toList();
            assertThat(gapFills).as("a sell of %s at the gap price %s, below its stop %s", gap.symbol(),
                    gap.price(), gap.stop()).isNotEmpty();
            assertThat(exits).as("exit-source for the gap fill of %s", gap.symbol())
                    .anyMatch(exit -> exit.executionId().equals(gapFills.get(0).executionId())
                            || exit.brokerOrderId().equals(gapFills.get(0).order().id()));
        }
    }

    @Test
    @Order(3)
    void completedAtLeastTwentyRoundTripsIncludingStopExits() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<ExitAttributed> exits = log.payloads(TopicCatalog.EXIT_SOURCE, ExitAttributed.class);
        long closingExits = SessionInvariants.distinctBy(exits, ExitAttributed::executionId).values().stream()
                .filter(exit -> exit.positionQtyAfter().signum() == 0).count();

        assertThat(closingExits).as("round trips closed").isGreaterThanOrEqualTo(20);
        assertThat(exits).extracting(ExitAttributed::orderType).extracting(Object::toString)
                .anyMatch(type -> type.contains("STOP"));
    }

    @Test
    @Order(4)
    void noPositionWasEverUnprotectedAndNeverTwoLiveExitOrdersForMoreThanTwoSeconds() {
        invariants.noPositionUnprotectedAndNeverTwoExitsForLongerThanTwoSeconds();
    }


    @Test
    @Order(5)
    void theLockstepClockNeverReleasedABarBeforeTheSuiteHadFinishedWithTheLastOne() {
        SessionInvariants.everyBarWasReleasedByTheGate(lockstep.stats(), 390);
    }

    @Test
    @Order(6)
    void everyExchangeFillIsOnFillsExactlyOnceAfterDeduplication() {
        invariants.everyExchangeFillIsOnFillsExactlyOnce();
    }

    @Test
    @Order(7)
    void positionsFoldedFromTheLogEqualTheExchangePositions() {
        invariants.positionsFoldedFromTheLogEqualTheExchangePositions();
    }

    @Test
    @Order(8)
    void exactlyOneExitSourceRecordPerPositionReducingFill() {
        invariants.exactlyOneExitSourceRecordPerSellFill();
    }

    @Test
    @Order(9)
    void theBuyerNeverEnteredASymbolDuringItsCooldown() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<EventEnvelope<? extends Event>> cooldowns = log.events(TopicCatalog.COOLDOWNS);
        List<EventEnvelope<? extends Event>> entries = log.events(TopicCatalog.ORDERS).stream()
                .filter(envelope -> envelope.payload() instanceof OrderIntentRecorded intent
                        && intent.purpose() == OrderPurpose.ENTRY).toList();

        assertThat(cooldowns).as("the session produced losing exits and so cooldowns").isNotEmpty();
        for (EventEnvelope<? extends Event> entry : entries) {
            for (EventEnvelope<? extends Event> cooldown : cooldowns) {
                if (!cooldown.symbol().equals(entry.symbol())
                        || !(cooldown.payload() instanceof CooldownStarted started)) {
                    continue;
                }
                // In the cooldown = the cooldown was already in the log when the entry intent was written, and
                // had not run out by the entry's market time.
                boolean during = log.appendedAt(cooldown) < log.appendedAt(entry)
                        && entry.occurredAt().isBefore(started.until());
                assertThat(during).as("entry %s during cooldown %s", entry, cooldown).isFalse();
            }
        }
    }

    @Test
    @Order(10)
    void noIntentReachedTheExchangeTwice() {
        invariants.noIntentReachedTheExchangeTwice();
    }

    @Test
    @Order(11)
    void aDuplicateSignalOpensNoSecondPositionAlsoAfterABuyerRestart() {
        LogSnapshot before = LogSnapshot.read(stack.bootstrapServers());
        EventEnvelope<? extends Event> signal = before.events(TopicCatalog.SIGNALS).stream()
                .filter(envelope -> envelope.payload() instanceof EntrySignalled).findFirst().orElseThrow();
        long intentsBefore = entryIntents(before);

        try (EventPublisher publisher = new EventPublisher(stack.bootstrapServers(), "duplicate-signal",
                Duration.ofSeconds(10))) {
            publisher.publish(TopicCatalog.SIGNALS, republished(signal));
            ServiceProcess buyer = stack.service("buyer-service");
            buyer.kill();
            buyer.restart();
            stack.awaitReady(List.of(buyer), out, READY);
            publisher.publish(TopicCatalog.SIGNALS, republished(signal));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> entryIntents(LogSnapshot.read(stack.bootstrapServers())) == intentsBefore);
        }
    }

    @Test
    @Order(12)
    void theOperatorReplayOfThisSessionsLogReproducesTheExchangePositions() {
        ByteArrayOutputStream replayOut = new ByteArrayOutputStream();
        ByteArrayOutputStream replayErr = new ByteArrayOutputStream();

        int exit = new OpsMain(new PrintStream(replayOut, true, StandardCharsets.UTF_8),
                new PrintStream(replayErr, true, StandardCharsets.UTF_8),
                Map.of("APCA_API_KEY_ID", "local-operator", "APCA_API_SECRET_KEY", "local-operator-secret"))
                .run(new String[] {"replay", "--bootstrap", stack.bootstrapServers(),
                    "--broker-url", stack.exchange().baseUrl()});

        assertThat(exit).as("replay output:%n%s%n%s", replayOut, replayErr).isZero();
    }

    @Test
    @Order(13)
    void theOperatorTailPrintsThisSessionsExitSourceRecordsInOrder() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<EventEnvelope<? extends Event>> exits = log.events(TopicCatalog.EXIT_SOURCE).stream()
                .sorted(log.appendOrder()).toList();
        ByteArrayOutputStream tailOut = new ByteArrayOutputStream();

        int exit = new OpsMain(new PrintStream(tailOut, true, StandardCharsets.UTF_8), out, Map.of())
                .run(new String[] {"tail", "--bootstrap", stack.bootstrapServers(), "--topic", "exit-source",
                    "--from-beginning", "--max", String.valueOf(exits.size()), "--timeout", "30s"});

        List<String> lines = tailOut.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(exits.size());
        for (int i = 0; i < exits.size(); i++) {
            ExitAttributed exitRecord = (ExitAttributed) exits.get(i).payload();
            assertThat(lines.get(i)).as("line %d", i).contains(exits.get(i).symbol())
                    .contains(exitRecord.reason());
        }
    }

    /** Runs the session in 10-minute steps, gapping a price through a live stop after a step now and then. */
    private void runWithGaps(Duration length) {
        Duration step = Duration.ofMinutes(10);
        for (Duration done = Duration.ZERO; done.compareTo(length) < 0; done = done.plus(step)) {
            Duration remaining = length.minus(done);
            session.run(remaining.compareTo(step) < 0 ? remaining : step, out);
            if (gaps.size() < MAX_GAPS) {
                gapThroughAStop();
            }
        }
    }

    /** Opens the next bar 3% below the stop of an open position: the stop must fill at that gap price. */
    private void gapThroughAStop() {
        for (PositionView position : stack.exchange().engine().positions()) {
            stack.exchange().engine().orders(new OrderQuery("open", 500, null, null, false, false,
                            Set.of(position.symbol()), null)).stream()
                    .filter(order -> order.side() == OrderSide.SELL && order.type() == OrderType.STOP
                            && order.stopPrice() != null)
                    .findFirst()
                    .ifPresent(stop -> {
                        BigDecimal gapPrice = stop.stopPrice().multiply(new BigDecimal("0.97"))
                                .setScale(2, RoundingMode.DOWN);
                        gaps.add(new Gap(position.symbol(), stop.stopPrice(), gapPrice));
                        stack.exchange().gapTo(position.symbol(), gapPrice);
                    });
            if (!gaps.isEmpty() && gaps.get(gaps.size() - 1).symbol().equals(position.symbol())) {
                return;
            }
        }
    }

    private record Gap(String symbol, BigDecimal stop, BigDecimal price) {
    }

    /**
     * Kills and restarts the service between two session runs: the exchange clock stands still meanwhile, so
     * nothing happens that the log does not already hold, and the state rebuilt from the log must equal the state
     * before the kill.
     */
    private void crashAndRecover(String name) {
        ServiceProcess service = stack.service(name);
        JsonNode before = quiescentState(service);
        service.kill();
        service.restart();
        stack.awaitReady(List.of(service), out, READY);
        JsonNode after = quiescentState(service);
        restartedStates.compare(name, before, after);
        if (SNAPSHOTTING.contains(name)) {
            // The state compared above came from its snapshots plus the tail, not from a replay of everything.
            assertThat(snapshotRestores(service)).as("%s restored partitions from its snapshots", name)
                    .isPositive();
        }
    }

    /** tradesuite_snapshot_restores_total{outcome="restored"} of the (restarted) process. */
    private static double snapshotRestores(ServiceProcess service) {
        Matcher restores = Pattern.compile(
                "^tradesuite_snapshot_restores_total\\{[^}]*outcome=\"restored\"[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(ServiceReports.get(service, "/q/metrics"));
        double total = 0;
        while (restores.find()) {
            total += Double.parseDouble(restores.group(1));
        }
        return total;
    }

    /**
     * The comparable part of the service's {@code /state} once it stopped changing for {@link #SETTLED} (the clock
     * is paused, so it settles: the scanner's last poll is folded, in-flight intents are answered, a restarted
     * service finishes its catch-up). Two reads a moment apart are not enough: the scanner polls once a second.
     */
    private JsonNode quiescentState(ServiceProcess service) {
        JsonNode[] last = {RestartedStates.comparable(ServiceReports.get(service, "/state"))};
        long[] changedAt = {System.nanoTime()};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode now = RestartedStates.comparable(ServiceReports.get(service, "/state"));
            if (!now.equals(last[0])) {
                last[0] = now;
                changedAt[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - changedAt[0] >= SETTLED.toNanos();
        });
        return last[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EventEnvelope<EntrySignalled> republished(EventEnvelope<? extends Event> original) {
        // A new event id: the same signal delivered again, as a scanner retry or replay would.
        return (EventEnvelope) EventEnvelope.of(original.payload(), original.symbol(), "duplicate-signal-test",
                Instant.now(), original.correlationId(), null);
    }

    private static long entryIntents(LogSnapshot log) {
        return log.payloads(TopicCatalog.ORDERS, OrderIntentRecorded.class).stream()
                .filter(intent -> intent.purpose() == OrderPurpose.ENTRY).count();
    }
}
