package com.tradesuite.paperexchange.order;

import java.util.Locale;

/** Single order or a group of linked orders (mleg is not supported). */
public enum OrderClass {
    SIMPLE, BRACKET, OCO, OTO;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; null for unknown values so the caller can name the field in its error. */
    public static OrderClass fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (OrderClass candidate : values()) {
            if (candidate.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
