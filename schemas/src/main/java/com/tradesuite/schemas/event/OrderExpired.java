package com.tradesuite.schemas.event;

/** A broker order ended expired (time in force ran out). */
public record OrderExpired(String brokerOrderId, String clientOrderId) implements OrderEvent {
    public OrderExpired {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(clientOrderId, "clientOrderId");
    }
}
