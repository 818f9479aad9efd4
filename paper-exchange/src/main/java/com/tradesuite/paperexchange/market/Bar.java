package com.tradesuite.paperexchange.market;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One OHLCV bar; {@code start} is the bar's opening instant, it is published once {@link #end()} has passed. */
public record Bar(String symbol, Instant start, Duration length, BigDecimal open, BigDecimal high, BigDecimal low,
                  BigDecimal close, long volume, long tradeCount, BigDecimal vwap) {

    public static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    public Instant end() {
        return start.plus(length);
    }
}
