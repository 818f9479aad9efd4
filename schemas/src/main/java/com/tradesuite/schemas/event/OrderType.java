package com.tradesuite.schemas.event;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Alpaca order types. */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
