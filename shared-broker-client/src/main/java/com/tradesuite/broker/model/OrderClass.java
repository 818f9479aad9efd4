package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Order class; Alpaca's empty string reads as SIMPLE, unknown values as UNKNOWN. */
public enum OrderClass implements WireEnum {
    SIMPLE,
    BRACKET,
    OCO,
    OTO,
    MLEG,
    UNKNOWN;

    @JsonCreator
    public static OrderClass fromWire(String value) {
        if (value == null || value.isBlank()) {
            return SIMPLE;
        }
        return WireEnum.lookup(OrderClass.class, value, UNKNOWN);
    }
}
