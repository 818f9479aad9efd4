package com.tradesuite.paperexchange.order;

import java.util.Locale;

/** How long an order stays working. */
public enum TimeInForce {
    DAY, GTC, OPG, CLS, IOC, FOK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; null for unknown values so the caller can name the field in its error. */
    public static TimeInForce fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (TimeInForce candidate : values()) {
            if (candidate.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }
}
