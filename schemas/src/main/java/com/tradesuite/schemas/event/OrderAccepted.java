package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/**
 * The broker holds a live order (one event per order, legs included: a leg names its {@code parentOrderId}).
 *
 * @param status the broker's status when accepted: new, accepted, held, ...
 */
public record OrderAccepted(String brokerOrderId, String clientOrderId, String parentOrderId, Side side,
                            OrderType orderType, OrderClass orderClass, BigDecimal qty, BigDecimal limitPrice,
                            BigDecimal stopPrice, String status) implements OrderEvent {
    public OrderAccepted {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.present(orderClass, "orderClass");
        Require.positive(qty, "qty");
        Require.positiveOrNull(limitPrice, "limitPrice");
        Require.positiveOrNull(stopPrice, "stopPrice");
        Require.text(status, "status");
    }
}
