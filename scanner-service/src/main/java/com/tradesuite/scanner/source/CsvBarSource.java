package com.tradesuite.scanner.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.tradesuite.bars.BadBarRow;
import com.tradesuite.bars.BarFileReader;
import com.tradesuite.bars.BarFiles;
import com.tradesuite.bars.FileBar;

/**
 * Replays bar files (read by bar-files' {@link BarFileReader}) like a live feed: each fetch returns the bars of the
 * next bar time (all symbols) after each symbol's next start, so one poll interval plays one minute; skipped bad rows
 * are reported on the first fetch.
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

    /** The source of files read by the one bar-file reader; their skipped bad rows become unreadable bars. */
    public static CsvBarSource of(BarFiles files) {
        List<SourceBar> rows = new ArrayList<>();
        for (FileBar bar : files.bars()) {
            rows.add(SourceBar.of(bar.symbol(), bar.start(), bar.open(), bar.high(), bar.low(), bar.close(),
                    bar.volume(), bar.where(), bar.line()));
        }
        for (BadBarRow bad : files.badRows()) {
            rows.add(SourceBar.unreadable("", bad.row(), bad.getMessage(), bad.line()));
        }
        String names = files.bars().stream().map(bar -> bar.file().getFileName().toString()).distinct()
                .collect(Collectors.joining(","));
        return new CsvBarSource("csv:" + names, rows);
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
