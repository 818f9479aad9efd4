package com.tradesuite.buyer.act;

/** The buyer's deterministic event ids: a retried or replayed decision writes the same id again. */
public final class EventIds {

    private EventIds() {
    }

    public static String intent(String clientOrderId) {
        return "intent:" + clientOrderId;
    }

    public static String declined(String signalId) {
        return "declined:" + signalId;
    }

    public static String rejected(String clientOrderId) {
        return "rejected:" + clientOrderId;
    }

    public static String cancel(String brokerOrderId) {
        return "cancel:" + brokerOrderId;
    }
}
