package com.tradesuite.risk.state;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.time.MarketClock;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.service.FoldRefusals;
import com.tradesuite.service.memory.RecentMap;
import com.tradesuite.service.memory.SymbolSlices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The risk manager's fold of {@code orders}, {@code fills} and {@code market-data}: the domain's TradingState plus
 * what the adapters need (event ids already logged, fill ledger, correlation ids, market time, last prices). Market
 * time is the {@link MarketClock} of one-minute bars, or the newest broker timestamp when that is later.
 * Written by the log thread only; every other thread reads immutable snapshots.
 */
public final class RiskState {

    /** Event id prefixes of broker facts written by the account watcher (see docs/SERVICES.md). */
    public static final String ORDER_FACT_PREFIX = "order:";
    public static final String FILL_FACT_PREFIX = "fill:";
    static final int KNOWN_EVENT_IDS = 50_000;

    private volatile TradingState trading = TradingState.empty();
    private final MarketClock clock;
    private volatile Instant newestBrokerFact;
    private final Map<String, Instant> newestBarStart = new ConcurrentHashMap<>();
    private final Map<String, Instant> newestBrokerFactBySymbol = new ConcurrentHashMap<>();
    private final Map<String, Instant> firstIntentBySymbol = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> lastPrices = new ConcurrentHashMap<>();
    /** Event ids recently folded or appended: duplicates arrive close to their original (a reconnect, a catch-up). */
    private final RecentMap<String, String> knownEventIds = new RecentMap<>(KNOWN_EVENT_IDS);
    private final FillLedger fills = new FillLedger();
    private final CorrelationIndex correlations = new CorrelationIndex();

    /** Market time from the scanner's one-minute bars. */
    public RiskState() {
        this(Timeframe.ONE_MINUTE);
    }

    public RiskState(Timeframe timeframe) {
        this.clock = new MarketClock(timeframe);
    }

    /** Folds one logged event of any input topic. */
    public synchronized void apply(EventEnvelope<?> envelope) {
        knownEventIds.put(envelope.eventId(), envelope.symbol());
        Object payload = envelope.payload();
        if (payload instanceof BarClosed bar) {
            applyBar(envelope.symbol(), bar);
            return;
        }
        if (payload instanceof OrderIntentRecorded intent) {
            correlations.recordIntent(envelope.symbol(), intent.clientOrderId(), envelope.correlationId());
            firstIntentBySymbol.merge(envelope.symbol(), envelope.occurredAt(), RiskState::earlier);
        } else if (payload instanceof OrderAccepted accepted) {
            correlations.recordBrokerOrder(envelope.symbol(), accepted.brokerOrderId(), envelope.correlationId());
        } else if (payload instanceof OrderFilled fill) {
            fills.record(envelope.symbol(), fill.executionId(), fill.brokerOrderId(), fill.cumulativeQty());
            correlations.recordBrokerOrder(envelope.symbol(), fill.brokerOrderId(), envelope.correlationId());
        }
        if (isBrokerFact(envelope.eventId())) {
            newestBrokerFact = later(newestBrokerFact, envelope.occurredAt());
            newestBrokerFactBySymbol.merge(envelope.symbol(), envelope.occurredAt(), RiskState::later);
        }
        TradingState.Step step = trading.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        trading = step.state();
    }

    /** Remembers an event this service just appended, so a duplicate arriving before it is folded is refused. */
    public void markPublished(EventEnvelope<?> envelope) {
        knownEventIds.put(envelope.eventId(), envelope.symbol());
        if (envelope.payload() instanceof OrderFilled fill) {
            fills.record(envelope.symbol(), fill.executionId(), fill.brokerOrderId(), fill.cumulativeQty());
        }
    }

    public boolean isKnown(String eventId) {
        return knownEventIds.containsKey(eventId);
    }

    public FillLedger fills() {
        return fills;
    }

    public CorrelationIndex correlations() {
        return correlations;
    }

    public TradingState trading() {
        return trading;
    }

    public Position position(String symbol) {
        return trading.positions().position(symbol);
    }

    public Optional<TrackedOrder> orderByBrokerId(String brokerOrderId) {
        return trading.orders().byBrokerOrderId(brokerOrderId);
    }

    /** Where a catch-up must start so that none of the folded symbols misses a broker fact (see CatchUpPoint). */
    public synchronized Optional<Instant> catchUpPoint(ToIntFunction<String> partitionOf) {
        return CatchUpPoint.of(Map.copyOf(newestBrokerFactBySymbol), Map.copyOf(firstIntentBySymbol), partitionOf);
    }

    /** Broker ids of the orders the log holds as open: a catch-up must read each again (it may have filled). */
    public List<String> openBrokerOrderIds() {
        return trading.orders().openOrders().stream()
                .filter(order -> order.brokerOrderId() != null)
                .map(TrackedOrder::brokerOrderId).toList();
    }

    public RiskSnapshot snapshot() {
        return new RiskSnapshot(trading, marketTime(), lastPrices);
    }

    /** The newest bar end of the clock's timeframe only (empty before the first bar): the loss limits' bar clock. */
    public Optional<Instant> barTime() {
        return clock.now();
    }

    /** The newest bar end, or the newest broker timestamp when that is later (bars may pause; the broker moves on). */
    public Instant marketTime() {
        return later(clock.now().orElse(null), newestBrokerFact);
    }

    /**
     * What this state holds for the symbols {@code keep} accepts (one partition's): every part is per symbol, or
     * remembers its symbol; the two market-time clocks are carried whole (they only move forward).
     */
    public synchronized RiskSlice slice(Predicate<String> keep) {
        return new RiskSlice(trading.slice(keep), clock.now().orElse(null), newestBrokerFact,
                SymbolSlices.only(newestBarStart, keep), SymbolSlices.only(newestBrokerFactBySymbol, keep),
                SymbolSlices.only(firstIntentBySymbol, keep), SymbolSlices.only(lastPrices, keep),
                knownEventIds.entries(keep), fills.slice(keep), correlations.slice(keep));
    }

    /** Adds a slice of other symbols (read back from a snapshot) to this state. */
    public synchronized void restore(RiskSlice slice) {
        trading = trading.merge(slice.trading());
        clock.restore(slice.newestBarEnd());
        newestBrokerFact = later(newestBrokerFact, slice.newestBrokerFact());
        newestBarStart.putAll(slice.newestBarStart());
        newestBrokerFactBySymbol.putAll(slice.newestBrokerFactBySymbol());
        firstIntentBySymbol.putAll(slice.firstIntentBySymbol());
        lastPrices.putAll(slice.lastPrices());
        knownEventIds.putAll(slice.knownEventIds());
        fills.restore(slice.fills());
        correlations.restore(slice.correlations());
    }

    /** Partitions are being reassigned: forget everything, the log is replayed again. */
    public synchronized void reset() {
        trading = TradingState.empty();
        clock.reset();
        newestBrokerFact = null;
        newestBarStart.clear();
        newestBrokerFactBySymbol.clear();
        firstIntentBySymbol.clear();
        lastPrices.clear();
        knownEventIds.clear();
        fills.clear();
        correlations.clear();
    }

    /** A bar of another timeframe than the clock's is not folded: it would not say what the minute bars say. */
    private void applyBar(String symbol, BarClosed bar) {
        if (clock.observe(bar).isEmpty()) {
            return;
        }
        Instant known = newestBarStart.get(symbol);
        if (known == null || !bar.barStart().isBefore(known)) {
            newestBarStart.put(symbol, bar.barStart());
            lastPrices.put(symbol, bar.close());
        }
    }

    static boolean isBrokerFact(String eventId) {
        return eventId.startsWith(ORDER_FACT_PREFIX) || eventId.startsWith(FILL_FACT_PREFIX);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
