package com.tradesuite.seller.state;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.exit.PartialProfitPlan;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.time.MarketClock;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.serde.EventCodec;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.decide.BarView;
import com.tradesuite.service.FoldRefusals;
import com.tradesuite.service.memory.RecentMap;
import com.tradesuite.service.memory.SymbolSlices;
import com.tradesuite.service.memory.Tagged;

/**
 * The seller's fold of its inputs: the domain {@link TradingState} (orders, fills, cooldowns) plus per-symbol bars,
 * market time, the stop prices of requested replaces and which losing exits already have a cooldown. Not thread-safe:
 * the service folds from one thread.
 */
public final class SellerState {

    /** Event id prefix of the seller's cooldowns: {@code cooldown:<executionId>}. */
    public static final String COOLDOWN_ID_PREFIX = "cooldown:";

    private final SellerSettings settings;
    private TradingState trading = TradingState.empty();
    private final Map<String, SymbolTrend> trends = new HashMap<>();
    private final MarketClock clock;
    // Bounded to recent orders and exits: each is looked up shortly after it was logged.
    // Each remembers its symbol, so a partition's share can be sliced off for a snapshot.
    private final RecentMap<String, Tagged<BigDecimal>> requestedStops = new RecentMap<>(20_000);
    private final RecentMap<String, Tagged<String>> correlationByClientOrderId = new RecentMap<>(20_000);
    private final RecentMap<String, String> cooledExecutions = new RecentMap<>(20_000);
    private final Map<String, PendingLoss> uncooledLosses = new LinkedHashMap<>();
    // Live claims of running exit plans only (not in snapshots: a restart drops them, the log's orders still count).
    private final ExitsInFlight exitsInFlight = new ExitsInFlight();

    /** A losing exit and the market time it happened at. */
    public record PendingLoss(EventEnvelope<ExitAttributed> exit, Instant exitTime) {
    }

    public SellerState(SellerSettings settings) {
        this.settings = settings;
        this.clock = new MarketClock(settings.timeframe());
    }

    /**
     * Folds one event of any input topic.
     *
     * @return the bar as the trailing stop sees it when the event is a new bar of the configured timeframe
     */
    @SuppressWarnings("unchecked")
    public Optional<BarView> apply(EventEnvelope<?> envelope) {
        Object payload = envelope.payload();
        if (payload instanceof BarClosed bar) {
            return foldBar(envelope.symbol(), bar);
        }
        TradingState.Step step = trading.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        trading = step.state();
        if (payload instanceof OrderIntentRecorded intent && envelope.correlationId() != null) {
            correlationByClientOrderId.putIfAbsent(intent.clientOrderId(),
                    new Tagged<>(envelope.symbol(), envelope.correlationId()));
        } else if (payload instanceof OrderReplaceRequested request && request.stopPrice() != null) {
            requestedStops.putIfAbsent(request.newClientOrderId(),
                    new Tagged<>(envelope.symbol(), request.stopPrice()));
        } else if (payload instanceof CooldownStarted && envelope.eventId().startsWith(COOLDOWN_ID_PREFIX)) {
            String executionId = envelope.eventId().substring(COOLDOWN_ID_PREFIX.length());
            cooledExecutions.put(executionId, envelope.symbol());
            uncooledLosses.remove(executionId);
        } else if (payload instanceof ExitAttributed exit && exit.realizedPnl().signum() < 0
                && !cooledExecutions.containsKey(exit.executionId())) {
            // Market time when the exit was seen: a cooldown started late still ends when it would have.
            uncooledLosses.putIfAbsent(exit.executionId(), new PendingLoss((EventEnvelope<ExitAttributed>) envelope,
                    marketTime().orElse(envelope.occurredAt())));
        }
        return Optional.empty();
    }

    private Optional<BarView> foldBar(String symbol, BarClosed bar) {
        if (!clock.timeframe().names(bar.timeframe())) {
            return Optional.empty();
        }
        SymbolTrend trend = trends.getOrDefault(symbol, SymbolTrend.start(settings.atrPeriod(),
                settings.momentum().lookback() + 1));
        if (!trend.isNew(bar)) {
            return Optional.empty();
        }
        Position position = trading.positions().position(symbol);
        Instant openedAt = position.isOpen() ? position.openedAt() : null;
        BigDecimal highestBefore = trend.highestCloseOf(openedAt);
        SymbolTrend next = trend.next(bar, openedAt);
        trends.put(symbol, next);
        Instant barEnd = clock.observe(bar).orElseThrow();
        return Optional.of(new BarView(symbol, bar, barEnd, highestBefore, next.atr().current(),
                next.recentCloses()));
    }

    public TradingState trading() {
        return trading;
    }

    /** The seller's exit plans per symbol: each plan claims its symbol while it runs and releases it when done. */
    public ExitsInFlight exits() {
        return exitsInFlight;
    }

    /**
     * The one check every seller exit plan makes before it starts: why an exit is already in flight for the symbol
     * (a running seller plan, or a market exit of any layer live or pending on the log), or empty if one may start.
     */
    public Optional<String> exitInFlight(String symbol) {
        Optional<String> partial = marketTime().flatMap(now -> PartialProfitPlan.unfinished(
                trading.positions().position(symbol), trading.orders(), now))
                .map(plan -> "partial-profit plan " + plan.planId() + " is at " + plan.stage());
        return partial.or(() -> exitsInFlight.inFlight(symbol, trading.orders()));
    }

    /** The end of the newest bar seen on any symbol; empty before the first bar. */
    public Optional<Instant> marketTime() {
        return clock.now();
    }

    /** The stop price a recorded replace request asked for, by its new client order id. */
    public Optional<BigDecimal> requestedStop(String newClientOrderId) {
        return Optional.ofNullable(requestedStops.get(newClientOrderId)).map(Tagged::value);
    }

    /** The trade's correlation id (the signal id) of the order, if its intent carried one. */
    public Optional<String> correlationOf(String clientOrderId) {
        return clientOrderId == null ? Optional.empty()
                : Optional.ofNullable(correlationByClientOrderId.get(clientOrderId)).map(Tagged::value);
    }

    public boolean hasCooldownFor(String executionId) {
        return cooledExecutions.containsKey(executionId);
    }

    /** The seller decided about this losing exit (cooldown started or deliberately not): no longer pending. */
    public void decided(String executionId) {
        uncooledLosses.remove(executionId);
    }

    /**
     * One partition's share of this state, as a snapshot carries it: the trading fold and the seller's own
     * memories of the symbols {@code keep} accepts; market time (a clock every partition shares) whole; uncooled
     * losses as their exit-source JSON.
     */
    public record Slice(TradingState trading, Map<String, SymbolTrend> trends, Instant marketTime,
                        List<Map.Entry<String, Tagged<BigDecimal>>> requestedStops,
                        List<Map.Entry<String, Tagged<String>>> correlations,
                        List<Map.Entry<String, String>> cooledExecutions, List<byte[]> uncooledExits,
                        List<Instant> uncooledExitTimes) implements Serializable {
    }

    public Slice slice(Predicate<String> keep) {
        EventCodec<ExitSourceEvent> codec = TopicCatalog.EXIT_SOURCE.codec();
        List<byte[]> exits = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        uncooledLosses.values().stream().filter(loss -> keep.test(loss.exit().symbol())).forEach(loss -> {
            exits.add(codec.encode(loss.exit()));
            times.add(loss.exitTime());
        });
        return new Slice(trading.slice(keep), SymbolSlices.only(trends, keep), clock.now().orElse(null),
                requestedStops.entries(tagged -> keep.test(tagged.symbol())),
                correlationByClientOrderId.entries(tagged -> keep.test(tagged.symbol())),
                cooledExecutions.entries(keep), exits, times);
    }

    /** Adds a slice of other symbols (read back from a snapshot) to this state. */
    @SuppressWarnings("unchecked")
    public void restore(Slice slice) {
        trading = trading.merge(slice.trading());
        trends.putAll(slice.trends());
        clock.restore(slice.marketTime());
        requestedStops.putAll(slice.requestedStops());
        correlationByClientOrderId.putAll(slice.correlations());
        cooledExecutions.putAll(slice.cooledExecutions());
        EventCodec<ExitSourceEvent> codec = TopicCatalog.EXIT_SOURCE.codec();
        for (int i = 0; i < slice.uncooledExits().size(); i++) {
            if (!(codec.decode(slice.uncooledExits().get(i)) instanceof DecodeResult.Valid<ExitSourceEvent> valid)
                    || !(valid.envelope().payload() instanceof ExitAttributed exit)) {
                throw new IllegalArgumentException("an uncooled loss in the snapshot does not decode");
            }
            uncooledLosses.put(exit.executionId(), new PendingLoss(
                    (EventEnvelope<ExitAttributed>) (EventEnvelope<?>) valid.envelope(),
                    slice.uncooledExitTimes().get(i)));
        }
    }

    /** Losing exits the log shows without a cooldown, oldest first: pending work after a replay. */
    public List<PendingLoss> uncooledLosses() {
        return List.copyOf(uncooledLosses.values());
    }
}
