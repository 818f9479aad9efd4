package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/**
 * One position-reducing fill, attributed to the exit layer and reason that produced it.
 *
 * @param realizedPnl profit or loss of this fill against the position's average entry
 * @param rMultiple realised P&L per share divided by the initial risk per share; null if the risk is unknown
 */
public record ExitAttributed(String executionId, String brokerOrderId, String clientOrderId, ExitLayer layer,
                             String reason, OrderType orderType, BigDecimal price, BigDecimal qty,
                             BigDecimal realizedPnl, BigDecimal rMultiple, BigDecimal positionQtyAfter)
        implements ExitSourceEvent {
    public ExitAttributed {
        Require.text(executionId, "executionId");
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
        Require.present(layer, "layer");
        Require.text(reason, "reason");
        Require.present(orderType, "orderType");
        Require.positive(price, "price");
        Require.positive(qty, "qty");
        Require.present(realizedPnl, "realizedPnl");
        Require.notNegative(positionQtyAfter, "positionQtyAfter");
    }
}
