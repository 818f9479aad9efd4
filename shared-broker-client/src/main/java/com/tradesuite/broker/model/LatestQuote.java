package com.tradesuite.broker.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/** The latest NBBO quote of a symbol; a zero price means that side has no quote. */
public record LatestQuote(
        String symbol,
        BigDecimal bidPrice,
        long bidSize,
        BigDecimal askPrice,
        long askSize,
        Instant timestamp) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Mid of bid and ask; the side that exists when only one does; empty when neither does. */
    public Optional<BigDecimal> mid() {
        boolean hasBid = isQuoted(bidPrice);
        boolean hasAsk = isQuoted(askPrice);
        if (hasBid && hasAsk) {
            return Optional.of(bidPrice.add(askPrice).divide(TWO, 6, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        if (hasBid) {
            return Optional.of(bidPrice);
        }
        return hasAsk ? Optional.of(askPrice) : Optional.empty();
    }

    private static boolean isQuoted(BigDecimal price) {
        return price != null && price.signum() > 0;
    }
}
