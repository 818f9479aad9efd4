package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A bar of the given timeframe closed. */
public record BarClosed(String timeframe, Instant barStart, BigDecimal open, BigDecimal high, BigDecimal low,
                        BigDecimal close, long volume) implements MarketDataEvent {
    public BarClosed {
        Require.text(timeframe, "timeframe");
        Require.present(barStart, "barStart");
        Require.positive(open, "open");
        Require.positive(high, "high");
        Require.positive(low, "low");
        Require.positive(close, "close");
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("high " + high + " is below low " + low);
        }
        if (volume < 0) {
            throw new IllegalArgumentException("volume must not be negative");
        }
    }
}
