package com.tradesuite.paperexchange.order;

import java.util.Locale;

/** The part an order plays inside a bracket/oco/oto group. */
public enum LegRole {
    ENTRY, TAKE_PROFIT, STOP_LOSS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; null for unknown values so the caller can name the field in its error. */
    public static LegRole fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (LegRole candidate : values()) {
            if (candidate.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
