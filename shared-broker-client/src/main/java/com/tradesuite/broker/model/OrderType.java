package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Order type as Alpaca spells it on the wire; unknown values read as UNKNOWN rather than failing. */
public enum OrderType implements WireEnum {
    MARKET,
    LIMIT,
    STOP,
    STOP_LIMIT,
    TRAILING_STOP,
    UNKNOWN;

    @JsonCreator
    public static OrderType fromWire(String value) {
        return WireEnum.lookup(OrderType.class, value, UNKNOWN);
    }
}
