package com.tradesuite.schemas.event;

/**
 * The broker refused an order intent (or our pre-flight did); {@code code} is the broker's error code if any.
 */
public record OrderRejected(String clientOrderId, String reason, Integer code) implements OrderEvent {
    public OrderRejected {
        Require.text(clientOrderId, "clientOrderId");
        Require.text(reason, "reason");
    }
}
