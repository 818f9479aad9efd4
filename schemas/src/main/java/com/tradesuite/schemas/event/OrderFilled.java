package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The broker executed (part of) an order; {@code executionId} is the broker's and unique per execution, so
 * consumers de-duplicate by it.
 *
 * @param qty this execution's quantity
 * @param cumulativeQty the order's filled quantity after this execution
 * @param partial true while the order is not completely filled
 * @param positionQtyAfter the broker's position quantity after this execution
 */
public record OrderFilled(String executionId, String brokerOrderId, String clientOrderId, String parentOrderId,
                          Side side, OrderType orderType, BigDecimal qty, BigDecimal price, BigDecimal cumulativeQty,
                          BigDecimal orderQty, boolean partial, BigDecimal positionQtyAfter, Instant filledAt)
        implements FillEvent {
    public OrderFilled {
        Require.text(executionId, "executionId");
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.positive(qty, "qty");
        Require.positive(price, "price");
        Require.positive(cumulativeQty, "cumulativeQty");
        Require.positive(orderQty, "orderQty");
        Require.notNegative(positionQtyAfter, "positionQtyAfter");
        Require.present(filledAt, "filledAt");
    }
}
