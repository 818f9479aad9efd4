package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.order.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade_updates event; fills and partial fills carry execution id, price, qty and the position after it.
 *
 * @param event       Alpaca event name (new, fill, partial_fill, canceled, expired, replaced, rejected, ...)
 * @param order       the order as it is after the event
 * @param executionId unique per execution; null unless fill/partial_fill
 * @param price       execution price; null unless fill/partial_fill
 * @param qty         executed quantity; null unless fill/partial_fill
 * @param positionQty position quantity after the execution; null unless fill/partial_fill
 * @param timestamp   simulated time of the event
 */
public record TradeUpdate(String event, OrderSnapshot order, String executionId, BigDecimal price, BigDecimal qty,
                          BigDecimal positionQty, Instant timestamp) {

    public boolean isExecution() {
        return executionId != null;
    }
}
