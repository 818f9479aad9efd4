package com.tradesuite.scanner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jboss.logging.Logger;

import com.tradesuite.domain.signal.MomentumScanner;
import com.tradesuite.scanner.source.BarSource;
import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.log.LoggedEvent;

/**
 * The scanner without its wiring: replayed bars warm the momentum scanner and set where polling resumes (never
 * signalled); after replay every new bar is published once and scanned, and a live (non warm-up) bar that breaks out
 * is published as an entry signal. Calls are serialised: the log thread folds, the poll thread polls.
 */
public final class ScannerEngine implements BarSink {

    private static final Logger LOG = Logger.getLogger(ScannerEngine.class);

    private final ScannerSettings settings;
    private final BarSource source;
    private final ScannerOutput output;
    private final String service;
    private final Clock clock;
    private final BarPoller poller;
    /** Signals whose bar is on the log but whose own append failed; retried before the next poll. */
    private final List<EventEnvelope<EntrySignalled>> pendingSignals = new ArrayList<>();
    private MomentumScanner scanner;
    private boolean live;

    public ScannerEngine(ScannerSettings settings, BarSource source, ScannerOutput output, String service,
                         Clock clock) {
        this.settings = settings;
        this.source = source;
        this.output = output;
        this.service = service;
        this.clock = clock;
        this.poller = new BarPoller(settings.symbols(), settings.momentum().timeframe(), settings.barLength(),
                source);
        this.scanner = new MomentumScanner(settings.momentum());
    }

    public ScannerSettings settings() {
        return settings;
    }

    public String sourceName() {
        return source.name();
    }

    /** Folds one event of {@code market-data}: replayed bars warm the indicators; live ones are our own echo. */
    public synchronized void onEvent(LoggedEvent event) {
        if (!(event.envelope().payload() instanceof BarClosed bar)
                || !bar.timeframe().equals(settings.momentum().timeframe())) {
            return;
        }
        String symbol = event.envelope().symbol();
        if (event.replay()) {
            // Warm the indicators only; a replayed bar never signals.
            scanner.onEvent(event.envelope());
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
        scanner = new MomentumScanner(settings.momentum());
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
            output.signal(pendingSignals.get(0));
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
        for (String symbol : settings.symbols()) {
            poller.lastDone(symbol).ifPresent(start -> starts.put(symbol, start));
        }
        return new ScannerStateView(starts);
    }

    @Override
    public void bar(String symbol, BarClosed bar, boolean warmUp) {
        EventEnvelope<BarClosed> envelope = ScannerEvents.bar(symbol, bar, settings.barLength(), service);
        output.bar(envelope);
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
        EventEnvelope<EntrySignalled> signalled = ScannerEvents.signal(symbol, entry, envelope);
        try {
            output.signal(signalled);
        } catch (RuntimeException e) {
            // The bar is on the log already, so it will not be scanned again: keep the signal until it is written.
            pendingSignals.add(signalled);
            LOG.warnf("signal %s not written yet, will retry: %s", entry.signalId(), e.getMessage());
        }
        DecisionLog.log("entry-signal", symbol, entry.signalId(), "close " + entry.referencePrice().toPlainString()
                + " broke the " + settings.momentum().breakoutBars() + "-bar high with rising momentum; atr "
                + entry.atr().toPlainString() + ", stop " + entry.suggestedStop().toPlainString() + ", target "
                + entry.suggestedTarget().toPlainString() + ", confidence " + entry.confidence().toPlainString());
    }

    @Override
    public void invalid(SourceBar bar, String reason) {
        Instant at = bar.start() != null ? bar.start().plus(settings.barLength()) : clock.instant();
        output.deadLetter(ScannerEvents.invalid(bar, reason, source.name(), service, at));
        DecisionLog.log("bar-dead-lettered", bar.symbol(), null, reason);
    }
}
