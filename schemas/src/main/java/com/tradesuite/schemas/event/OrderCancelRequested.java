package com.tradesuite.schemas.event;

/** A cancel is about to be sent for a broker order (written before the call). */
public record OrderCancelRequested(String brokerOrderId, OrderPurpose purpose, String reason) implements OrderEvent {
    public OrderCancelRequested {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.present(purpose, "purpose");
        Require.text(reason, "reason");
    }
}
