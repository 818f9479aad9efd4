package com.tradesuite.paperexchange.order;

import java.util.Locale;

/** Alpaca's order types. */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; null for unknown values so the caller can name the field in its error. */
    public static OrderType fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (OrderType candidate : values()) {
            if (candidate.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
