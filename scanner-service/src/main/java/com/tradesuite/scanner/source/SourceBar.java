package com.tradesuite.scanner.source;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bar as the market-data source delivered it, before validation; {@code raw} is the original text, kept whole for
 * the dead-letter record.
 *
 * @param start the bar's opening instant; null only when the source could not read it ({@code problem} says why)
 * @param warmUp true for bars fetched to warm a symbol's indicators up (history, never signalled)
 * @param problem why the source could not read the bar at all, else null
 * @param position where the bar came from in the source (e.g. a CSV line number), or -1
 */
public record SourceBar(String symbol, Instant start, BigDecimal open, BigDecimal high, BigDecimal low,
                        BigDecimal close, long volume, String raw, boolean warmUp, String problem, long position) {

    /** A bar the source read completely. */
    public static SourceBar of(String symbol, Instant start, BigDecimal open, BigDecimal high, BigDecimal low,
                               BigDecimal close, long volume, String raw, long position) {
        return new SourceBar(symbol, start, open, high, low, close, volume, raw, false, null, position);
    }

    /** Input the source could not read as a bar. */
    public static SourceBar unreadable(String symbol, String raw, String problem, long position) {
        return new SourceBar(symbol, null, null, null, null, null, 0, raw, false, problem, position);
    }

    public SourceBar asWarmUp() {
        return new SourceBar(symbol, start, open, high, low, close, volume, raw, true, problem, position);
    }
}
