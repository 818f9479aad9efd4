package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Event names of the trade_updates stream; unknown values read as UNKNOWN. */
public enum TradeUpdateEvent implements WireEnum {
    NEW("new"),
    FILL("fill"),
    PARTIAL_FILL("partial_fill"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    DONE_FOR_DAY("done_for_day"),
    REPLACED("replaced"),
    REJECTED("rejected"),
    PENDING_NEW("pending_new"),
    STOPPED("stopped"),
    PENDING_CANCEL("pending_cancel"),
    PENDING_REPLACE("pending_replace"),
    CALCULATED("calculated"),
    SUSPENDED("suspended"),
    ORDER_REPLACE_REJECTED("order_replace_rejected"),
    ORDER_CANCEL_REJECTED("order_cancel_rejected"),
    UNKNOWN("unknown");

    private final String wire;

    TradeUpdateEvent(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TradeUpdateEvent fromWire(String value) {
        return WireEnum.lookup(TradeUpdateEvent.class, value, UNKNOWN);
    }
}
