package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The status filter of GET /v2/orders. */
public enum OrderStatusFilter implements WireEnum {
    OPEN("open"),
    CLOSED("closed"),
    ALL("all");

    private final String wire;

    OrderStatusFilter(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static OrderStatusFilter fromWire(String value) {
        return WireEnum.lookup(OrderStatusFilter.class, value, ALL);
    }
}
