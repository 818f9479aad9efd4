package com.tradesuite.bars;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One 1-minute bar read from a file, already checked (positive prices, low <= open/close <= high, a whole-minute
 * start); prices exactly as written, sub-penny included.
 *
 * @param start the bar's opening instant
 * @param volume shares traded, rounded to a whole share when the file wrote a decimal
 * @param file the file it came from
 * @param line its line number in that file (1-based)
 */
public record FileBar(String symbol, Instant start, BigDecimal open, BigDecimal high, BigDecimal low,
                      BigDecimal close, long volume, Path file, long line) {

    public static final Duration LENGTH = Duration.ofMinutes(1);

    public Instant end() {
        return start.plus(LENGTH);
    }

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
