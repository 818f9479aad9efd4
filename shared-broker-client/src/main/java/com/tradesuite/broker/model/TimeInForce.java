package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Time in force as Alpaca spells it on the wire; unknown values read as UNKNOWN rather than failing. */
public enum TimeInForce implements WireEnum {
    DAY("day"),
    GTC("gtc"),
    OPG("opg"),
    CLS("cls"),
    IOC("ioc"),
    FOK("fok"),
    UNKNOWN("unknown");

    private final String wire;

    TimeInForce(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TimeInForce fromWire(String value) {
        return WireEnum.lookup(TimeInForce.class, value, UNKNOWN);
    }
}
