package com.tradesuite.scanner.source;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one fetch returned: the bars (any order) and, for symbols the source has started but found no bars for, where
 * the next fetch should start so the warm-up window is not fetched again.
 */
public record BarFetch(List<SourceBar> bars, Map<String, Instant> nextStartHints) {

    public BarFetch {
        bars = List.copyOf(bars);
        nextStartHints = Map.copyOf(nextStartHints);
    }

    public static BarFetch of(List<SourceBar> bars) {
        return new BarFetch(bars, Map.of());
    }
}
