package com.tradesuite.paperexchange.engine;

import java.math.BigDecimal;
import java.time.Instant;

/** The account as GET /v2/account reports it (cash account: multiplier 1, buying power = unreserved cash). */
public record AccountView(String id, BigDecimal cash, BigDecimal equity, BigDecimal lastEquity,
                          BigDecimal buyingPower, BigDecimal longMarketValue, Instant createdAt) {
}
