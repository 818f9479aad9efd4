package com.tradesuite.scanner.source;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where 1-minute bars come from (the broker's market-data API or a replay file); asked again on every poll. */
public interface BarSource {

    /** A short name for dead-letter records, e.g. {@code alpaca-bars} or {@code csv:bars.csv}. */
    String name();

    /**
     * The closed bars of each symbol starting at or after its entry in {@code nextStarts}; an empty entry means the
     * symbol has no published history yet and the source picks a warm-up window (flagging those bars warm-up).
     */
    BarFetch fetch(Map<String, Optional<Instant>> nextStarts);
}
