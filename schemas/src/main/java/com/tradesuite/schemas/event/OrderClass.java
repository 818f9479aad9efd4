package com.tradesuite.schemas.event;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Alpaca order classes: entries go out as BRACKET, protection of an existing position as OCO. */
public enum OrderClass {
    SIMPLE, BRACKET, OCO, OTO;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
