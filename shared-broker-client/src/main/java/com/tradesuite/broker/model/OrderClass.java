package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Order class; Alpaca's empty string reads as SIMPLE, unknown values as UNKNOWN. */
public enum OrderClass implements WireEnum {
    SIMPLE("simple"),
    BRACKET("bracket"),
    OCO("oco"),
    OTO("oto"),
    MLEG("mleg"),
    UNKNOWN("unknown");

    private final String wire;

    OrderClass(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static OrderClass fromWire(String value) {
        if (value == null || value.isBlank()) {
            return SIMPLE;
        }
        return WireEnum.lookup(OrderClass.class, value, UNKNOWN);
    }
}
