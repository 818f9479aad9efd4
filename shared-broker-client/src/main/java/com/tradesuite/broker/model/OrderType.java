package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Order type as Alpaca spells it on the wire; unknown values read as UNKNOWN rather than failing. */
public enum OrderType implements WireEnum {
    MARKET("market"),
    LIMIT("limit"),
    STOP("stop"),
    STOP_LIMIT("stop_limit"),
    TRAILING_STOP("trailing_stop"),
    UNKNOWN("unknown");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static OrderType fromWire(String value) {
        return WireEnum.lookup(OrderType.class, value, UNKNOWN);
    }
}
