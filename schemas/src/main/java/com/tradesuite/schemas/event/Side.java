package com.tradesuite.schemas.event;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Order side. Positions are long-only: a buy opens or adds, a sell reduces. */
public enum Side {
    BUY, SELL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
