package com.tradesuite.scanner.act;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.scanner.decide.BarCheck;
import com.tradesuite.scanner.source.BarFetch;
import com.tradesuite.scanner.source.BarSource;
import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;

/**
 * Each bar is published once: per symbol the poller resumes after the last bar on {@code market-data} (or the last one
 * it published or dead-lettered), drops anything at or before it, and hands the rest to the sink in time order.
 */
final class BarPoller {

    private static final Comparator<SourceBar> TIME_ORDER = Comparator.comparing(SourceBar::start,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(SourceBar::symbol);

    private final List<String> symbols;
    private final Timeframe timeframe;
    private final BarSource source;
    /** Start of the newest bar of each symbol that is on the log (or was dead-lettered). */
    private final Map<String, Instant> lastDone = new HashMap<>();
    /** Where a symbol without bars resumes, from the source's warm-up. */
    private final Map<String, Instant> hints = new HashMap<>();

    BarPoller(List<String> symbols, Timeframe timeframe, BarSource source) {
        this.symbols = List.copyOf(symbols);
        this.timeframe = timeframe;
        this.source = source;
    }

    /** The log holds this bar: never fetch or publish it (or anything before it) again. */
    void done(String symbol, Instant barStart) {
        lastDone.merge(symbol, barStart, (a, b) -> a.isAfter(b) ? a : b);
    }

    Optional<Instant> lastDone(String symbol) {
        return Optional.ofNullable(lastDone.get(symbol));
    }

    void reset() {
        lastDone.clear();
        hints.clear();
    }

    /** Where each symbol's next fetch starts; empty while it has no history (the source warms it up). */
    Map<String, Optional<Instant>> nextStarts() {
        Map<String, Optional<Instant>> next = new LinkedHashMap<>();
        for (String symbol : symbols) {
            Instant last = lastDone.get(symbol);
            next.put(symbol, last != null ? Optional.of(last.plus(timeframe.length())) : Optional.ofNullable(hints.get(symbol)));
        }
        return next;
    }

    /** One poll: fetch, drop what is already done, hand the rest to the sink; returns how many bars were new. */
    int poll(BarSink sink) {
        BarFetch fetch = source.fetch(nextStarts());
        List<SourceBar> bars = fetch.bars().stream().sorted(TIME_ORDER).toList();
        int handed = 0;
        for (SourceBar bar : bars) {
            if (bar.start() != null && !isNew(bar)) {
                continue;
            }
            Optional<String> problem = BarCheck.problem(bar, timeframe.name());
            if (problem.isPresent()) {
                sink.invalid(bar, problem.get());
            } else {
                BarClosed event = BarCheck.valid(bar, timeframe.name()).orElseThrow();
                sink.bar(bar.symbol(), event, bar.warmUp());
            }
            if (bar.start() != null) {
                done(bar.symbol(), bar.start());
            }
            handed++;
        }
        fetch.nextStartHints().forEach((symbol, start) -> {
            if (!lastDone.containsKey(symbol)) {
                hints.put(symbol, start);
            }
        });
        return handed;
    }

    private boolean isNew(SourceBar bar) {
        Instant last = lastDone.get(bar.symbol());
        return last == null || bar.start().isAfter(last);
    }
}
