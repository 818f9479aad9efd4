package com.tradesuite.ops.replay;

import java.math.BigDecimal;

/** One symbol whose quantity in the log differs from the broker's (0 where one side has no position). */
public record PositionDifference(String symbol, BigDecimal logQty, BigDecimal brokerQty) {
}
