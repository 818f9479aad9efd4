package com.tradesuite.ops.bracket;

import java.math.BigDecimal;

/** What check-bracket sent: a buy limit entry and the prices of its take-profit and stop legs. */
public record SentBracket(String symbol, BigDecimal qty, BigDecimal entryLimit, BigDecimal takeProfit,
                          BigDecimal stopPrice) {
}
