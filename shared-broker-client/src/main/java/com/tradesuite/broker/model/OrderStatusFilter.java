package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The status filter of GET /v2/orders. */
public enum OrderStatusFilter implements WireEnum {
    OPEN,
    CLOSED,
    ALL;

    @JsonCreator
    public static OrderStatusFilter fromWire(String value) {
        return WireEnum.lookup(OrderStatusFilter.class, value, ALL);
    }
}
