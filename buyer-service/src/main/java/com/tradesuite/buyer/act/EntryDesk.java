package com.tradesuite.buyer.act;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.buyer.api.BuyerStateView;
import com.tradesuite.buyer.config.BuyerSettings;
import com.tradesuite.buyer.decide.SignalFreshness;
import com.tradesuite.buyer.state.FoldedLog;
import com.tradesuite.buyer.state.LossesAwaitingCooldown;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.entry.EntryDecider;
import com.tradesuite.domain.entry.EntryDecision;
import com.tradesuite.domain.entry.EntryTimeoutRule;
import com.tradesuite.domain.entry.ReturnWindows;
import com.tradesuite.domain.mode.EffectiveMode;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.domain.time.MarketClock;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.domain.view.TradingStateView;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.AccountFacts;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.LoggedEvent;

import io.micrometer.core.instrument.Metrics;

/**
 * The buyer: every undecided entry signal gets exactly one decision, taken at market time once the log is replayed,
 * and written to {@code orders} (a decline, or an intent followed by the bracket entry). Called from one thread.
 */
public final class EntryDesk {

    /** Decline check for a signal whose bracket the broker would refuse (legs on the wrong side, ...). */
    public static final String INVALID_ORDER = "INVALID_ORDER";

    /** Decline check while the account's trading state (risk manager, {@code trading-state}) is REDUCING or HALTED. */
    public static final String TRADING_STATE = "TRADING_STATE";

    /** Declines by check: {@code tradesuite_entry_declines_total{check=...}}. */
    static final String DECLINES = "tradesuite.entry.declines";

    private static final Logger LOG = Logger.getLogger(EntryDesk.class);

    private final BuyerSettings settings;
    private final BrokerPort broker;
    private final String source;
    private final FoldedLog log = new FoldedLog();
    private final OrdersWriter orders;
    private final LossesAwaitingCooldown losses;
    /** Market time: the end of the newest one-minute bar, the bars the scanner's signals are taken on. */
    private final MarketClock clock = new MarketClock(Timeframe.ONE_MINUTE);
    /** Every symbol's recent one-minute bar returns, for the correlation cap (bounded per symbol). */
    private final ReturnWindows returns;
    private final SignalFreshness freshness;
    private final EntryPlacement placement;
    private final EntryTimeouts timeouts;
    /** Signals with no decision yet, by signal id in arrival order. */
    private final Map<String, EventEnvelope<?>> undecided = new LinkedHashMap<>();
    /** The account's trading state folded from {@code trading-state} (every partition carries every change). */
    private TradingMode mode = TradingMode.initial();

    public EntryDesk(BuyerSettings settings, BrokerPort broker, EventLog eventLog, String source) {
        this.settings = settings;
        this.broker = broker;
        this.source = source;
        this.orders = new OrdersWriter(eventLog, log);
        this.losses = new LossesAwaitingCooldown(settings.cooldownLength());
        this.returns = new ReturnWindows(settings.correlationWindow());
        this.freshness = new SignalFreshness(settings.maxSignalAge());
        this.placement = new EntryPlacement(orders, broker, source);
        this.timeouts = new EntryTimeouts(log, orders, broker, new EntryTimeoutRule(settings.entryTimeout()),
                source);
    }

    /** Folds one event; a live signal or bar also triggers the decisions that are due. */
    public void onEvent(LoggedEvent event) {
        if (event.ownEcho()) {
            // Our own write: folded when it was acknowledged.
            return;
        }
        EventEnvelope<? extends Event> envelope = event.envelope();
        Event payload = envelope.payload();
        if (payload instanceof TradingStateChanged change) {
            mode = mode.fold(change);
        } else if (payload instanceof BarClosed bar) {
            clock.observe(bar);
            if (Timeframe.ONE_MINUTE.names(bar.timeframe())) {
                returns.onBar(envelope.symbol(), bar);
            }
            if (!event.replay()) {
                actAtMarketTime();
            }
        } else if (payload instanceof EntrySignalled signal) {
            onSignal(envelope, signal, !event.replay());
        } else if (payload instanceof OrderEvent || payload instanceof FillEvent || payload instanceof CooldownEvent) {
            if (payload instanceof OrderFilled fill) {
                losses.onFill(fill, log.state().positions().position(envelope.symbol()));
            }
            losses.onCooldown(envelope);
            log.fold(envelope);
            if (payload instanceof EntryDeclined || payload instanceof OrderIntentRecorded) {
                forgetDecided();
            }
        }
    }

    /** After replay: act on what the log shows as pending (signals with no decision, overdue entries). */
    public void onReplayCompleted() {
        forgetDecided();
        LOG.infof("replay done: %d undecided signals, %d open positions, market time %s", undecided.size(),
                log.state().positions().openPositionCount(), clock.now().map(Instant::toString).orElse("unknown"));
        actAtMarketTime();
    }

    /** Partitions are being reassigned: forget everything, the log will be replayed. */
    public void onStateReset() {
        log.reset();
        clock.reset();
        returns.reset();
        mode = TradingMode.initial();
        losses.reset();
        undecided.clear();
    }

    public TradingState state() {
        return log.state();
    }

    /** The correlation of two symbols' recent returns as the correlation cap sees it. */
    public ReturnWindows.Correlation correlation(String symbol, String other) {
        return returns.correlation(symbol, other);
    }

    public Optional<Instant> marketTime() {
        return clock.now();
    }

    /** What the desk has folded, for {@code GET /state}; call on the folding thread or under its lock. */
    public BuyerStateView view() {
        Instant now = clock.now().orElse(null);
        return new BuyerStateView(now, TradingStateView.at(log.state(), now),
                undecided.keySet().stream().sorted().toList());
    }

    private void onSignal(EventEnvelope<?> envelope, EntrySignalled signal, boolean live) {
        String signalId = signal.signalId();
        if (log.state().signals().isDecided(signal) || undecided.containsKey(signalId)) {
            if (live) {
                DecisionLog.log("entry-ignored", envelope.symbol(), signalId, "duplicate signal: "
                        + (undecided.containsKey(signalId) ? "already waiting for a decision" : "already decided"));
            }
            return;
        }
        undecided.put(signalId, envelope);
        if (live) {
            actAtMarketTime();
        }
    }

    private void actAtMarketTime() {
        Optional<Instant> now = clock.now();
        if (now.isEmpty()) {
            // No bar seen yet: freshness and cooldowns cannot be judged; wait for the first bar.
            return;
        }
        timeouts.cancelOverdue(now.get());
        for (EventEnvelope<?> signal : List.copyOf(undecided.values())) {
            if (!decide(signal, now.get())) {
                return;
            }
        }
    }

    /** Decides one signal; false when the broker or the log is unavailable (try again on the next bar). */
    private boolean decide(EventEnvelope<?> envelope, Instant now) {
        EntrySignalled signal = (EntrySignalled) envelope.payload();
        Optional<String> stale = freshness.staleReason(signal, now);
        if (stale.isPresent()) {
            return decline(envelope, SignalFreshness.STALE, stale.get(), now);
        }
        EffectiveMode inForce = mode.at(now);
        if (!inForce.allowsEntries()) {
            return decline(envelope, TRADING_STATE, "trading state " + inForce.describe(), now);
        }
        if (losses.blocks(envelope.symbol(), now)) {
            // Not a decision yet: the seller's cooldown for a losing exit is on its way; decide on a later bar.
            LOG.debugf("signal %s waits for the cooldown of a losing %s exit", signal.signalId(), envelope.symbol());
            return true;
        }
        AccountFacts account;
        try {
            account = broker.account();
        } catch (BrokerException failure) {
            LOG.warnf("signal %s waits: account not readable (%s)", signal.signalId(), failure.getMessage());
            return false;
        }
        EntryDecision decision = new EntryDecider(settings.policy(account.dayStartEquity()))
                .decide(envelope.symbol(), signal, log.state(), account.snapshot(settings.halted()), returns, now);
        if (decision instanceof EntryDecision.Rejected rejected) {
            return decline(envelope, rejected.check().name(), rejected.reason(), now);
        }
        return enter(envelope, (EntryDecision.Accepted) decision, now);
    }

    private boolean enter(EventEnvelope<?> envelope, EntryDecision.Accepted accepted, Instant now) {
        OrderIntentRecorded intent = accepted.toIntent();
        OrderRequest request;
        try {
            request = EntryOrders.bracket(envelope.symbol(), intent);
        } catch (IllegalArgumentException invalid) {
            return decline(envelope, INVALID_ORDER, "the bracket would be refused: " + invalid.getMessage(), now);
        }
        boolean written = placement.place(envelope, accepted, intent, request, now);
        forgetDecided();
        return written;
    }

    private boolean decline(EventEnvelope<?> envelope, String check, String reason, Instant now) {
        String signalId = ((EntrySignalled) envelope.payload()).signalId();
        EntryDeclined declined = new EntryDeclined(signalId, check, reason);
        if (!orders.write(EventEnvelope.withId(EventIds.declined(signalId), declined, envelope.symbol(), source, now,
                signalId, envelope.eventId()))) {
            return false;
        }
        DecisionLog.log("entry-declined", envelope.symbol(), signalId, check + ": " + reason);
        Metrics.counter(DECLINES, "check", check).increment();
        forgetDecided();
        return true;
    }

    private void forgetDecided() {
        undecided.keySet().removeIf(log.state().signals()::isDecided);
    }
}
