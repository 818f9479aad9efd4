package com.tradesuite.scanner.act;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jboss.logging.Logger;

import com.tradesuite.domain.regime.RegimeReading;
import com.tradesuite.domain.regime.RegimeSettings;
import com.tradesuite.domain.signal.MomentumReversalRule;
import com.tradesuite.domain.signal.MomentumReversalScanner;
import com.tradesuite.domain.signal.MomentumScanner;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.scanner.api.ScannerStateView;
import com.tradesuite.scanner.decide.ScannerEvents;
import com.tradesuite.scanner.source.BarSource;
import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.SignalEvent;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.LoggedEvent;

/**
 * The scanner without its wiring: replayed bars warm the momentum scanner and set where polling resumes (never
 * signalled); after replay every new bar is published once and scanned, and a live (non warm-up) bar that breaks out
 * is published as an entry signal carrying the market regime (the index symbol's, else the signal's own symbol's).
 * Each append returns once the log has it. Calls are serialised: the log thread folds, the poll thread polls.
 */
public final class ScannerEngine implements BarSink {

    private static final Logger LOG = Logger.getLogger(ScannerEngine.class);

    private final List<String> symbols;
    private final MomentumSettings momentum;
    private final RegimeSettings regime;
    private final Timeframe timeframe;
    private final BarSource source;
    private final EventLog log;
    private final String service;
    private final Clock clock;
    private final BarPoller poller;
    /** Signals whose bar is on the log but whose own append failed; retried before the next poll. */
    private final List<EventEnvelope<? extends SignalEvent>> pendingSignals = new ArrayList<>();
    private MomentumScanner scanner;
    /** Momentum reversal exit signals; empty when they are switched off. */
    private final Optional<MomentumReversalRule.Settings> reversal;
    private Optional<MomentumReversalScanner> exitScanner;
    private boolean live;

    /** With the default regime settings (SPY as the market). */
    public ScannerEngine(List<String> symbols, MomentumSettings momentum, Timeframe timeframe, BarSource source,
                         EventLog log, String service, Clock clock) {
        this(symbols, momentum, RegimeSettings.defaults(), Optional.empty(), timeframe, source, log, service, clock);
    }

    /** With the default regime settings; {@code reversal} empty publishes no exit signals. */
    public ScannerEngine(List<String> symbols, MomentumSettings momentum,
                         Optional<MomentumReversalRule.Settings> reversal, Timeframe timeframe, BarSource source,
                         EventLog log, String service, Clock clock) {
        this(symbols, momentum, RegimeSettings.defaults(), reversal, timeframe, source, log, service, clock);
    }

    /** Without exit signals. */
    public ScannerEngine(List<String> symbols, MomentumSettings momentum, RegimeSettings regime, Timeframe timeframe,
                         BarSource source, EventLog log, String service, Clock clock) {
        this(symbols, momentum, regime, Optional.empty(), timeframe, source, log, service, clock);
    }

    /** @param reversal the momentum reversal exit rule's settings; empty publishes no exit signals */
    public ScannerEngine(List<String> symbols, MomentumSettings momentum, RegimeSettings regime,
                         Optional<MomentumReversalRule.Settings> reversal, Timeframe timeframe, BarSource source,
                         EventLog log, String service, Clock clock) {
        this.symbols = List.copyOf(symbols);
        this.momentum = momentum;
        this.regime = regime;
        this.timeframe = timeframe;
        this.source = source;
        this.log = log;
        this.service = service;
        this.clock = clock;
        this.poller = new BarPoller(this.symbols, timeframe, source);
        this.scanner = new MomentumScanner(momentum, regime);
        if (!this.symbols.contains(regime.indexSymbol())) {
            // Said once: the index's bars are not in the feed, so every signal carries its own symbol's regime.
            LOG.warnf("the regime's index symbol %s is not among the scanned symbols %s: each signal carries its own"
                    + " symbol's regime (tradesuite.scanner.regime.index-symbol, tradesuite.scanner.symbols)",
                    regime.indexSymbol(), this.symbols);
        }
        this.reversal = reversal;
        this.exitScanner = reversal.map(MomentumReversalScanner::new);
    }

    public String sourceName() {
        return source.name();
    }

    /**
     * Folds one event of {@code market-data}: replayed bars warm the indicators and set where polling resumes. Our own
     * echo is skipped: the bar was folded when it was appended.
     */
    public synchronized void onEvent(LoggedEvent event) {
        if (event.ownEcho() || !(event.envelope().payload() instanceof BarClosed bar)
                || !timeframe.names(bar.timeframe())) {
            return;
        }
        String symbol = event.envelope().symbol();
        if (event.replay()) {
            // Warm the indicators only; a replayed bar never signals.
            scanner.onEvent(event.envelope());
            exitScanner.ifPresent(exits -> exits.onEvent(event.envelope()));
        }
        poller.done(symbol, bar.barStart());
    }

    public synchronized void onReplayCompleted() {
        live = true;
    }

    public synchronized void onStateReset() {
        live = false;
        pendingSignals.clear();
        poller.reset();
        scanner = new MomentumScanner(momentum, regime);
        exitScanner = reversal.map(MomentumReversalScanner::new);
    }

    public synchronized boolean live() {
        return live;
    }

    /** One poll of the source; nothing before the log is replayed. Returns how many bars were new. */
    public synchronized int poll() {
        if (!live) {
            return 0;
        }
        while (!pendingSignals.isEmpty()) {
            log.append(TopicCatalog.SIGNALS, pendingSignals.get(0));
            pendingSignals.remove(0);
        }
        return poller.poll(this);
    }

    /** Where the poller resumes for {@code symbol}: after this bar start. */
    public synchronized Optional<Instant> lastBarStart(String symbol) {
        return poller.lastDone(symbol);
    }

    /** Where polling resumes for every configured symbol that has bars, for {@code GET /state}. */
    public synchronized ScannerStateView view() {
        Map<String, Instant> starts = new TreeMap<>();
        for (String symbol : symbols) {
            poller.lastDone(symbol).ifPresent(start -> starts.put(symbol, start));
        }
        return new ScannerStateView(starts);
    }

    @Override
    public void bar(String symbol, BarClosed bar, boolean warmUp) {
        EventEnvelope<BarClosed> envelope = ScannerEvents.bar(symbol, bar, timeframe.length(), service);
        log.append(TopicCatalog.MARKET_DATA, envelope);
        exitScanner.flatMap(exits -> exits.onEvent(envelope)).ifPresent(exit -> exitSignal(symbol, exit, envelope,
                warmUp));
        Optional<EntrySignalled> signal = scanner.onEvent(envelope);
        if (signal.isEmpty()) {
            return;
        }
        EntrySignalled entry = signal.get();
        if (warmUp) {
            DecisionLog.log("signal-suppressed", symbol, entry.signalId(),
                    "warm-up bar " + bar.barStart() + " is history, not a live breakout");
            return;
        }
        publish(ScannerEvents.signal(symbol, entry, envelope), entry.signalId());
        DecisionLog.log("entry-signal", symbol, entry.signalId(), "close " + entry.referencePrice().toPlainString()
                + " broke the " + momentum.breakoutBars() + "-bar high with rising momentum; atr "
                + entry.atr().toPlainString() + ", stop " + entry.suggestedStop().toPlainString() + ", target "
                + entry.suggestedTarget().toPlainString() + ", confidence " + entry.confidence().toPlainString()
                + ", regime " + scanner.regimeFor(symbol).map(RegimeReading::describe)
                .orElse(entry.regime() + " (not measurable yet: fewer than " + regime.barsNeeded() + " bars)"));
    }

    /** Publishes one exit signal per momentum reversal of a live bar (holding a position is the seller's concern). */
    private void exitSignal(String symbol, ExitSignalled exit, EventEnvelope<BarClosed> bar, boolean warmUp) {
        if (warmUp) {
            DecisionLog.log("exit-signal-suppressed", symbol, exit.signalId(), "warm-up bar " + bar.payload()
                    .barStart() + " is history, not a live reversal");
            return;
        }
        publish(ScannerEvents.exitSignal(symbol, exit, bar), exit.signalId());
        DecisionLog.log("exit-signal", symbol, exit.signalId(), exit.reason());
    }

    private void publish(EventEnvelope<? extends SignalEvent> signalled, String signalId) {
        try {
            log.append(TopicCatalog.SIGNALS, signalled);
        } catch (RuntimeException e) {
            // The bar is on the log already, so it will not be scanned again: keep the signal until it is written.
            pendingSignals.add(signalled);
            LOG.warnf("signal %s not written yet, will retry: %s", signalId, e.getMessage());
        }
    }

    @Override
    public void invalid(SourceBar bar, String reason) {
        Instant at = bar.start() != null ? bar.start().plus(timeframe.length()) : clock.instant();
        log.append(TopicCatalog.DEAD_LETTER, ScannerEvents.invalid(bar, reason, source.name(), service, at));
        DecisionLog.log("bar-dead-lettered", bar.symbol(), null, reason);
    }
}
