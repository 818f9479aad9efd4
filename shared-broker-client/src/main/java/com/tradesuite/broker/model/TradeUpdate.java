package com.tradesuite.broker.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade_updates event. {@code synthetic} marks an update rebuilt by REST catch-up after a reconnect,
 * whose execution id is derived (order id + cumulative filled qty) because REST does not expose the broker's.
 */
public record TradeUpdate(
        TradeUpdateEvent event,
        String executionId,
        Order order,
        BigDecimal price,
        BigDecimal qty,
        BigDecimal positionQty,
        Instant timestamp,
        boolean synthetic) {

    /** True for fill and partial_fill events. */
    public boolean isExecution() {
        return event == TradeUpdateEvent.FILL || event == TradeUpdateEvent.PARTIAL_FILL;
    }
}
