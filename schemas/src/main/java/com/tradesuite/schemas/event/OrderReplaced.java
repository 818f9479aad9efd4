package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/** The broker replaced an order with a new one (new id); the old one is done. */
public record OrderReplaced(String brokerOrderId, String clientOrderId, String replacedByOrderId,
                            String replacedByClientOrderId, BigDecimal newQty, BigDecimal newLimitPrice,
                            BigDecimal newStopPrice) implements OrderEvent {
    public OrderReplaced {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
        Require.text(replacedByOrderId, "replacedByOrderId");
        Require.text(replacedByClientOrderId, "replacedByClientOrderId");
        Require.positiveOrNull(newQty, "newQty");
        Require.positiveOrNull(newLimitPrice, "newLimitPrice");
        Require.positiveOrNull(newStopPrice, "newStopPrice");
    }
}
