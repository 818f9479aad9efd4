package com.tradesuite.broker.model;

import java.util.Locale;

/** An enum with a fixed lowercase wire spelling; lookups ignore case and surrounding blanks. */
interface WireEnum {

    String wire();

    static <E extends Enum<E> & WireEnum> E lookup(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E candidate : type.getEnumConstants()) {
            if (candidate.wire().equals(wanted)) {
                return candidate;
            }
        }
        return fallback;
    }
}
