package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/** The best bid/ask changed; either side may be missing. */
public record QuoteUpdated(Instant quotedAt, BigDecimal bidPrice, BigDecimal askPrice) implements MarketDataEvent {
    public QuoteUpdated {
        Require.present(quotedAt, "quotedAt");
        Require.positiveOrNull(bidPrice, "bidPrice");
        Require.positiveOrNull(askPrice, "askPrice");
        if (bidPrice == null && askPrice == null) {
            throw new IllegalArgumentException("a quote needs a bid or an ask");
        }
    }
}
