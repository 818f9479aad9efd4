package com.tradesuite.bars;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * What a read of bar files gave: the bars sorted by start then symbol, and the bad rows that were skipped (all of
 * them counted, the first {@link BarFileReader#KEPT_BAD_ROWS} kept for reporting).
 */
public record BarFiles(List<FileBar> bars, long badRowCount, List<BadBarRow> badRows) {

    public BarFiles {
        bars = List.copyOf(bars);
        badRows = List.copyOf(badRows);
    }

    /** The symbols the files price, sorted. */
    public List<String> symbols() {
        TreeSet<String> symbols = new TreeSet<>();
        bars.forEach(bar -> symbols.add(bar.symbol()));
        return List.copyOf(symbols);
    }

    public Instant firstStart() {
        return bars.get(0).start();
    }

    public Instant lastStart() {
        return bars.get(bars.size() - 1).start();
    }
}
