package com.tradesuite.broker.ws;

import com.tradesuite.broker.model.OrderStatus;
import java.math.BigDecimal;

/** What the stream has already reported about one order: last status and cumulative fill. */
record OrderProgress(OrderStatus status, BigDecimal filledQty, BigDecimal filledAvgPrice) {
}
