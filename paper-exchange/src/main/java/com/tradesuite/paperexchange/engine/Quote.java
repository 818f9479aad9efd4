package com.tradesuite.paperexchange.engine;

import java.math.BigDecimal;
import java.time.Instant;

/** Best bid and ask around the simulated last price. */
public record Quote(String symbol, BigDecimal bidPrice, long bidSize, BigDecimal askPrice, long askSize,
                    Instant timestamp) {
}
