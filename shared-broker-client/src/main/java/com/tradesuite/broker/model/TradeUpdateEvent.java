package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Event names of the trade_updates stream; unknown values read as UNKNOWN. */
public enum TradeUpdateEvent implements WireEnum {
    NEW,
    FILL,
    PARTIAL_FILL,
    CANCELED,
    EXPIRED,
    DONE_FOR_DAY,
    REPLACED,
    REJECTED,
    PENDING_NEW,
    STOPPED,
    PENDING_CANCEL,
    PENDING_REPLACE,
    CALCULATED,
    SUSPENDED,
    ORDER_REPLACE_REJECTED,
    ORDER_CANCEL_REJECTED,
    UNKNOWN;

    @JsonCreator
    public static TradeUpdateEvent fromWire(String value) {
        return WireEnum.lookup(TradeUpdateEvent.class, value, UNKNOWN);
    }
}
