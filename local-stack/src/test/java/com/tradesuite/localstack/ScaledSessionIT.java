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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.localstack.pacing.Backtest;
import com.tradesuite.localstack.pacing.Lockstep;
import com.tradesuite.localstack.pacing.LockstepGate;
import com.tradesuite.localstack.pacing.SuiteProbe;
import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.faults.RateLimiter;
import com.tradesuite.paperexchange.order.LegRole;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

/**
 * Seller and risk manager scaled to two instances each while a session trades: the consumer group splits the
 * partitions between them, a crashed instance's partitions move to the survivor (which catches up with the
 * broker for them), and a restarted instance takes its share back; then thin liquidity makes an entry fill in parts
 * and the venue cancels a live stop leg, so the risk managers must really re-protect; the invariants hold throughout.
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
            // The risk manager's latches (daily loss, drawdown) are loosened like the buyer's daily limit: a
            // losing seed would halt entries early (at the same bar on every run: they run on market time).
            "RISK_DAILY_LOSS_LIMIT_PERCENT", "50",
            "RISK_MAX_DRAWDOWN_PERCENT", "50",
            "BUYER_MAX_OPEN_POSITIONS", "8",
            // A crashed instance's partitions move after 8 s instead of Kafka's default 45 s.
            "TRADESUITE_LOG_SESSION_TIMEOUT", "8s");
    private static final Set<Integer> ALL_PARTITIONS = IntStream.range(0, TopicCatalog.DEFAULT_PARTITIONS).boxed()
            .collect(Collectors.toSet());
    private static final Duration READY = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shares per order per bar while liquidity is thin: an entry of more than one share fills in parts. */
    private static final BigDecimal THIN_LIQUIDITY = BigDecimal.ONE;
    private static final int MAX_THIN_BARS = 60;
    /** Bars the partially filled entry's symbol stays thin: past the risk manager's entry-fill grace (30 s). */
    private static final int THIN_BARS_AFTER_THE_PARTIAL_FILL = 3;
    private static final int MAX_BARS_TO_A_LIVE_STOP = 30;
    private static final Duration REPROTECTED_WITHIN = Duration.ofSeconds(30);
    /** Alpaca's per-key limit, which the exchange applies for a while instead of the local stack's generous one. */
    private static final int TIGHT_LIMIT = 200;
    /** The services' protective reserve (TRADESUITE_BROKER_PROTECTIVE_RESERVE default 0.2): 40 of the 200. */
    private static final int PROTECTIVE_RESERVE_CALLS = 40;
    /** Routine calls the spent window still allows before the services must leave the rest to protective ones. */
    private static final int ROUTINE_CALLS_LEFT = 2;
    private static final int BURST_ENTRIES = 4;
    private static final String BURST_STRATEGY = "entry-burst";
    /** A window's reset (real minutes) lets the waiting entries go: they all have an outcome within this. */
    private static final Duration BURST_SETTLED_WITHIN = Duration.ofSeconds(150);

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private LocalStack stack;
    private ExchangeWatcher watcher;
    private SessionInvariants invariants;
    private TradingSession session;
    private SuiteProbe probe;
    private Lockstep lockstep;
    private OrderSnapshot gappedStop;
    /** Partial fills of entries (bracket parents), as the exchange reported them. */
    private final List<TradeUpdate> entryPartialFills = new CopyOnWriteArrayList<>();
    private TradeUpdate firstEntryPartialFill;
    private OrderSnapshot venueCancelledStop;
    private Instant venueCancelledAt;
    private final List<String> burstSignalIds = new ArrayList<>();
    private final Set<String> burstSymbols = new HashSet<>();

    @BeforeAll
    void startStack() {
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", Path.of("..").toAbsolutePath().normalize().toString(),
                "--kafka-port", "0", "--base-port", "0", "--exchange-port", "0",
                "--symbols", String.join(",", SYMBOLS), "--seed", "11", "--backtest"));
        stack = LocalStack.start(options, ENVIRONMENT, out, READY);
        watcher = new ExchangeWatcher(stack.exchange());
        stack.exchange().engine().addListener(update -> {
            if ("partial_fill".equals(update.event()) && update.order().side() == OrderSide.BUY
                    && update.order().role() == LegRole.ENTRY) {
                entryPartialFills.add(update);
            }
        });
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
        Duration left = Duration.ofMinutes(390).minus(traded).minusMinutes(50);
        left = left.minus(thinLiquidityUntilAnEntryFillsInParts());
        left = left.minus(venueCancelsALiveStopLegUnderATightBudgetAndABurstOfEntries());
        session.run(left, out);
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

    @Test
    @Order(10)
    void theStopLegTheVenueCancelledWasReprotectedAndTheReprotectionReachedTheExchange() {
        String symbol = venueCancelledStop.symbol();
        List<OrderIntentRecorded> reprotections = intentsSince(LogSnapshot.read(stack.bootstrapServers()), symbol,
                OrderPurpose.REPROTECT, venueCancelledAt);

        out.printf("  %s after the venue cancelled its stop: re-protections %s, gaps %s%n", symbol,
                reprotections.stream().map(OrderIntentRecorded::clientOrderId).toList(), watcher.gapsOf(symbol));

        assertThat(reprotections).as("REPROTECT intents of %s after the venue cancelled stop %s at %s", symbol,
                venueCancelledStop.id(), venueCancelledAt).isNotEmpty();
        OrderSnapshot oco = stack.exchange().engine().orderByClientOrderId(reprotections.get(0).clientOrderId());
        assertThat(oco.legs()).as("the re-protecting OCO %s at the exchange", oco.clientOrderId())
                .anyMatch(leg -> leg.type() == OrderType.STOP);
        assertThat(watcher.gapsOf(symbol)).as("the gap the cancelled leg opened, closed again")
                .anyMatch(gap -> !gap.closedAt().isBefore(venueCancelledAt))
                .allMatch(gap -> gap.millis() <= 2_000);
    }

    @Test
    @Order(11)
    void theEntryThatFilledInPartsHadItsSharesCoveredByAFullQuantityStop() {
        String symbol = firstEntryPartialFill.order().symbol();
        Instant partiallyFilledAt = firstEntryPartialFill.timestamp();
        OrderSnapshot entry = stack.exchange().engine().order(firstEntryPartialFill.order().id(), false);
        List<OrderIntentRecorded> reprotections = intentsSince(LogSnapshot.read(stack.bootstrapServers()), symbol,
                OrderPurpose.REPROTECT, partiallyFilledAt);
        out.printf("  entry %s of %s: %s of %s filled, %s; re-protections since its first partial fill: %s; gaps %s%n",
                entry.clientOrderId(), symbol, entry.filledQty(), entry.qty(), entry.status(),
                reprotections.stream().map(OrderIntentRecorded::clientOrderId).toList(), watcher.gapsOf(symbol));

        // Its bracket legs protect nothing while it fills: a stop covered the shares once it completed, or once the
        // risk manager cancelled its rest after the entry-fill grace and protected the filled shares with an OCO.
        assertThat(entry.status() == OrderStatus.FILLED || !reprotections.isEmpty())
                .as("entry %s completed or its filled shares were re-protected", entry.clientOrderId()).isTrue();
        assertThat(watcher.gapsOf(symbol)).as("the gap the partial fill of %s opened, closed again", symbol)
                .anyMatch(gap -> !gap.closedAt().isBefore(partiallyFilledAt))
                .allMatch(gap -> gap.millis() <= 2_000);
    }

    @Test
    @Order(12)
    void everyIntentOnOrdersHasAnOutcomeAndNoClientOrderIdIsOnTwoExchangeOrders() {
        List<String> withoutOutcome = intentsWithoutOutcome(LogSnapshot.read(stack.bootstrapServers()));
        List<String> exchangeClientOrderIds = new ArrayList<>();
        stack.exchange().engine().orders(new OrderQuery("all", 10_000, null, null, true, false, Set.of(), null))
                .forEach(order -> collectClientOrderIds(order, exchangeClientOrderIds));

        assertThat(withoutOutcome).as("intents, cancels or replaces the broker never answered on the log").isEmpty();
        assertThat(exchangeClientOrderIds).as("client order ids of every order at the exchange, legs included")
                .doesNotHaveDuplicates();
    }

    /**
     * Liquidity thins to one share per order per bar on every flat symbol, bar by bar, until an entry fills in parts;
     * that symbol stays thin for a few more bars (past the entry-fill grace), the others recover at once. Returns
     * the time played.
     */
    private Duration thinLiquidityUntilAnEntryFillsInParts() {
        ExchangeEngine engine = stack.exchange().engine();
        Set<String> held = engine.positions().stream().filter(position -> position.qty().signum() != 0)
                .map(PositionView::symbol).collect(Collectors.toSet());
        List<String> thin = SYMBOLS.stream().filter(symbol -> !held.contains(symbol)).toList();
        thin.forEach(symbol -> engine.setLiquidity(symbol, THIN_LIQUIDITY));
        int bars = 0;
        while (entryPartialFills.isEmpty() && bars < MAX_THIN_BARS) {
            session.run(Lockstep.BAR, out);
            bars++;
        }
        assertThat(entryPartialFills).as("an entry that filled in parts within %d bars of thin liquidity on %s",
                bars, thin).isNotEmpty();
        firstEntryPartialFill = entryPartialFills.get(0);
        String symbol = firstEntryPartialFill.order().symbol();
        out.printf("  entry %s of %s filled %s of %s in its first bar%n", firstEntryPartialFill.order()
                .clientOrderId(), symbol, firstEntryPartialFill.qty(), firstEntryPartialFill.order().qty());
        thin.stream().filter(other -> !other.equals(symbol)).forEach(other -> engine.setLiquidity(other, null));
        session.run(Duration.ofMinutes(THIN_BARS_AFTER_THE_PARTIAL_FILL), out);
        engine.setLiquidity(symbol, null);
        return Duration.ofMinutes(bars + THIN_BARS_AFTER_THE_PARTIAL_FILL);
    }

    @Test
    @Order(13)
    void underTheTightBudgetTheBurstsEntriesLandedOnceEachAndTheReprotectionDidNotWaitForThem() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        List<OrderIntentRecorded> entries = burstEntries(log);
        List<EntryDeclined> declined = burstDeclines(log);
        List<String> submitted = stack.exchange().engine()
                .orders(new OrderQuery("all", 10_000, null, null, true, false, Set.of(), null)).stream()
                .map(OrderSnapshot::clientOrderId).toList();
        String reprotection = intentsSince(log, venueCancelledStop.symbol(), OrderPurpose.REPROTECT, venueCancelledAt)
                .get(0).clientOrderId();
        out.printf("  burst of %d signals: entries %s, declined %s; exchange submission order %s%n",
                burstSignalIds.size(), entries.stream().map(OrderIntentRecorded::clientOrderId).toList(),
                declined.stream().map(decline -> decline.signalId() + " " + decline.check()).toList(),
                submitted.stream().filter(id -> id.equals(reprotection) || entries.stream()
                        .anyMatch(entry -> entry.clientOrderId().equals(id))).toList());

        assertThat(entries).as("entries placed from the burst %s (declined: %s)", burstSignalIds, declined)
                .hasSizeGreaterThanOrEqualTo(2);
        for (OrderIntentRecorded entry : entries) {
            assertThat(exchangeOrdersWithClientOrderId(entry.clientOrderId())).as("exchange orders of entry %s",
                    entry.clientOrderId()).isEqualTo(1);
        }
        assertThat(entries.size() + declined.size()).as("every burst signal decided").isEqualTo(burstSignalIds.size());
        // The burst came first, but its entries (routine) waited for the window's reset once the routine part of
        // the budget was spent; the re-protection (protective) did not wait for them.
        assertThat(submitted.indexOf(reprotection)).as("the re-protection %s reached the exchange before the last"
                + " burst entry", reprotection).isLessThan(entries.stream()
                .mapToInt(entry -> submitted.indexOf(entry.clientOrderId())).max().orElseThrow());
    }

    /**
     * The venue cancels the armed stop leg of an open position (its take-profit keeps the shares) while the exchange
     * applies Alpaca's 200 requests per minute, the window is spent down to the services' protective reserve and a
     * burst of entry signals reaches the buyer: the owning risk manager must re-protect within the 2 s bound on the
     * reserve, the entries (routine) wait for the window's reset and land once each. The clock stands still meanwhile
     * (a bar would wait for the scanner's routine polls up to the reset). Returns the time played to find such a leg.
     */
    private Duration venueCancelsALiveStopLegUnderATightBudgetAndABurstOfEntries() {
        int bars = 0;
        Optional<OrderSnapshot> stop = liveStopIn(ALL_PARTITIONS);
        while (stop.isEmpty() && bars < MAX_BARS_TO_A_LIVE_STOP) {
            session.run(Lockstep.BAR, out);
            bars++;
            stop = liveStopIn(ALL_PARTITIONS);
        }
        assertThat(stop).as("an open position with an armed stop leg within %d bars", bars).isPresent();
        String symbol = stop.get().symbol();
        venueCancelledAt = stack.exchange().now();
        RateLimiter limiter = stack.exchange().rateLimiter();
        int usualLimit = limiter.perMinute();
        // A fresh window of the exchange's limiter (real minutes), counted while the clock stands still: what the
        // bars before used is forgotten, and the whole phase meets this one window.
        long window = Instant.now().getEpochSecond() / 60;
        await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().getEpochSecond() / 60 > window);
        limiter.setPerMinute(TIGHT_LIMIT);
        // Another client of the key (an operator's tool, say) has spent the window down to the services' protective
        // reserve and a couple of routine calls; the same request counter serves every client of the key.
        int leave = PROTECTIVE_RESERVE_CALLS + 1 + ROUTINE_CALLS_LEFT;
        while (TIGHT_LIMIT - limiter.used(LocalStack.LOCAL_KEY_ID) > leave) {
            limiter.acquire(LocalStack.LOCAL_KEY_ID);
        }
        publishABurstOfEntrySignals(symbol);
        List<OrderSnapshot> cancelled = stack.exchange().engine().cancelStopsByVenue(symbol);
        assertThat(cancelled).extracting(OrderSnapshot::id).contains(stop.get().id());
        venueCancelledStop = stop.get();
        long cancelledNanos = System.nanoTime();
        await().atMost(REPROTECTED_WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> !watcher.unprotectedNow().contains(symbol));
        out.printf("  the venue cancelled stop %s of %s; a full-quantity stop was live again %d ms later; the key had"
                + " used %d of its %d requests%n", stop.get().id(), symbol,
                (System.nanoTime() - cancelledNanos) / 1_000_000, limiter.used(LocalStack.LOCAL_KEY_ID), TIGHT_LIMIT);
        await().atMost(BURST_SETTLED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(this::everyBurstSignalDecidedAndEveryIntentAnswered);
        out.printf("  the burst settled; the key's window: %d of %d used%n", limiter.used(LocalStack.LOCAL_KEY_ID),
                limiter.perMinute());
        limiter.setPerMinute(usualLimit);
        return Duration.ofMinutes(bars);
    }

    /** Entry signals for flat symbols without orders, as the scanner would publish them for the newest bar. */
    private void publishABurstOfEntrySignals(String except) {
        ExchangeEngine engine = stack.exchange().engine();
        Set<String> busy = new HashSet<>();
        engine.positions().stream().filter(position -> position.qty().signum() != 0)
                .forEach(position -> busy.add(position.symbol()));
        engine.orders(new OrderQuery("open", 500, null, null, false, false, Set.of(), null))
                .forEach(order -> busy.add(order.symbol()));
        Instant barTime = stack.exchange().now().minus(Lockstep.BAR);
        try (EventPublisher publisher = new EventPublisher(stack.bootstrapServers(), BURST_STRATEGY,
                Duration.ofSeconds(10))) {
            for (String symbol : SYMBOLS) {
                if (symbol.equals(except) || busy.contains(symbol) || burstSymbols.size() >= BURST_ENTRIES) {
                    continue;
                }
                BigDecimal price = stack.exchange().lastPrice(symbol);
                // A wide stop and a low confidence: a small position, so buying power allows every entry.
                EntrySignalled signal = new EntrySignalled(
                        EntrySignalled.signalIdFor(BURST_STRATEGY, symbol, barTime), BURST_STRATEGY, Side.BUY, barTime,
                        price, price.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.DOWN),
                        price.multiply(new BigDecimal("1.10")).setScale(2, RoundingMode.UP),
                        price.multiply(new BigDecimal("0.01")).setScale(4, RoundingMode.HALF_UP),
                        new BigDecimal("0.25"));
                publisher.publish(TopicCatalog.SIGNALS, EventEnvelope.of(signal, symbol, BURST_STRATEGY,
                        stack.exchange().now(), UUID.randomUUID().toString(), null));
                burstSignalIds.add(signal.signalId());
                burstSymbols.add(symbol);
            }
        }
        out.printf("  entry signals published for %s with %d of the key's %d requests left in the window%n",
                burstSymbols, TIGHT_LIMIT - stack.exchange().rateLimiter().used(LocalStack.LOCAL_KEY_ID), TIGHT_LIMIT);
    }

    private boolean everyBurstSignalDecidedAndEveryIntentAnswered() {
        LogSnapshot log = LogSnapshot.read(stack.bootstrapServers());
        return burstEntries(log).size() + burstDeclines(log).size() >= burstSignalIds.size()
                && intentsWithoutOutcome(log).isEmpty();
    }

    /** The entry intents the buyer recorded for the burst's signals (their correlation id is the signal id). */
    private List<OrderIntentRecorded> burstEntries(LogSnapshot log) {
        return log.events(TopicCatalog.ORDERS).stream()
                .filter(envelope -> burstSignalIds.contains(envelope.correlationId())
                        && envelope.payload() instanceof OrderIntentRecorded intent
                        && intent.purpose() == OrderPurpose.ENTRY)
                .map(envelope -> (OrderIntentRecorded) envelope.payload()).toList();
    }

    private List<EntryDeclined> burstDeclines(LogSnapshot log) {
        return log.payloads(TopicCatalog.ORDERS, EntryDeclined.class).stream()
                .filter(decline -> burstSignalIds.contains(decline.signalId())).toList();
    }

    /** Intents, cancels or replaces on {@code orders} the broker has not answered on the log. */
    private static List<String> intentsWithoutOutcome(LogSnapshot log) {
        List<EventEnvelope<? extends Event>> ordersAndFills = new ArrayList<>(log.events(TopicCatalog.ORDERS));
        ordersAndFills.addAll(log.events(TopicCatalog.FILLS));
        ordersAndFills.sort(log.appendOrder());
        return OrderBook.of(ordersAndFills).openOrders().stream().filter(order -> order.status().isInFlight())
                .map(order -> order.clientOrderId() + " " + order.status()).toList();
    }

    private long exchangeOrdersWithClientOrderId(String clientOrderId) {
        List<String> all = new ArrayList<>();
        stack.exchange().engine().orders(new OrderQuery("all", 10_000, null, null, true, false, Set.of(), null))
                .forEach(order -> collectClientOrderIds(order, all));
        return all.stream().filter(clientOrderId::equals).count();
    }

    /** Intents of the purpose for the symbol, recorded at or after the market time {@code since}. */
    private static List<OrderIntentRecorded> intentsSince(LogSnapshot log, String symbol, OrderPurpose purpose,
                                                          Instant since) {
        return log.events(TopicCatalog.ORDERS).stream()
                .filter(envelope -> envelope.symbol().equals(symbol) && !envelope.occurredAt().isBefore(since)
                        && envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == purpose)
                .sorted(log.appendOrder())
                .map(envelope -> (OrderIntentRecorded) envelope.payload()).toList();
    }

    private static void collectClientOrderIds(OrderSnapshot order, List<String> into) {
        into.add(order.clientOrderId());
        if (order.legs() != null) {
            order.legs().forEach(leg -> collectClientOrderIds(leg, into));
        }
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
