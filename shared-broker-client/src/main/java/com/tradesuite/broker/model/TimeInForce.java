package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Time in force as Alpaca spells it on the wire; unknown values read as UNKNOWN rather than failing. */
public enum TimeInForce implements WireEnum {
    DAY,
    GTC,
    OPG,
    CLS,
    IOC,
    FOK,
    UNKNOWN;

    @JsonCreator
    public static TimeInForce fromWire(String value) {
        return WireEnum.lookup(TimeInForce.class, value, UNKNOWN);
    }
}
