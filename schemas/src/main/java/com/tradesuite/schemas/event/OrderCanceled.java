package com.tradesuite.schemas.event;

/** A broker order ended canceled, with whatever had filled of it. */
public record OrderCanceled(String brokerOrderId, String clientOrderId, String reason) implements OrderEvent {
    public OrderCanceled {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
    }
}
