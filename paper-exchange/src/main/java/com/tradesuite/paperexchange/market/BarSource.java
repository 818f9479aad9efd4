package com.tradesuite.paperexchange.market;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Where 1-minute bars come from: a seeded generator or a replayed file. Called in time order only. */
public interface BarSource {

    /** The symbols this source prices, sorted. */
    List<String> symbols();

    /** Start of the first bar at or after {@code instant}, or null when the source has no more bars. */
    Instant firstBarAtOrAfter(Instant instant);

    /**
     * End of the last bar of the stretch beginning at {@code start} in which no two bars are more than
     * {@code maxGap} apart (a replayed file's trading session), or null when the source has no such notion.
     */
    default Instant endOfStretch(Instant start, Duration maxGap) {
        return null;
    }

    /**
     * The bars starting at {@code start}, sorted by symbol.
     *
     * @param lastPrice the current price per symbol, so a generated path continues from a price set by hand
     */
    List<Bar> barsAt(Instant start, Function<String, BigDecimal> lastPrice);

    /** Bars that closed before {@code sessionStart}, for indicator warm-up; sorted by time. */
    List<Bar> history(Instant sessionStart, int count);
}
