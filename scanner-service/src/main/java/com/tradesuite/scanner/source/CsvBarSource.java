package com.tradesuite.scanner.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a bar file like a live feed: each fetch returns the bars of the next bar time (all symbols) after each
 * symbol's next start, so one poll interval plays one minute; unreadable lines are reported on the first fetch.
 */
public final class CsvBarSource implements BarSource {

    private final String name;
    private final List<SourceBar> bars;
    private final List<SourceBar> unreadable;
    private boolean unreadableReported;

    public CsvBarSource(String name, List<SourceBar> rows) {
        this.name = name;
        this.bars = rows.stream().filter(row -> row.problem() == null)
                .sorted(Comparator.comparing(SourceBar::start).thenComparing(SourceBar::symbol)).toList();
        this.unreadable = rows.stream().filter(row -> row.problem() != null).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized BarFetch fetch(Map<String, Optional<Instant>> nextStarts) {
        List<SourceBar> out = new ArrayList<>();
        if (!unreadableReported) {
            out.addAll(unreadable);
            unreadableReported = true;
        }
        List<SourceBar> due = bars.stream()
                .filter(bar -> nextStarts.containsKey(bar.symbol()))
                .filter(bar -> nextStarts.get(bar.symbol()).map(from -> !bar.start().isBefore(from)).orElse(true))
                .toList();
        if (!due.isEmpty()) {
            Instant next = due.get(0).start();
            due.stream().filter(bar -> bar.start().equals(next)).forEach(out::add);
        }
        return BarFetch.of(out);
    }
}
