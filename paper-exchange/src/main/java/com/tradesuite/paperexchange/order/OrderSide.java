package com.tradesuite.paperexchange.order;

import java.util.Locale;

/** Buy or sell. */
public enum OrderSide {
    BUY, SELL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; null for unknown values so the caller can name the field in its error. */
    public static OrderSide fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (OrderSide candidate : values()) {
            if (candidate.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
