package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose wire spelling is its constant name in lower case (STOP_LIMIT is "stop_limit"), as Alpaca spells
 * them; lookups ignore case and surrounding blanks, and each enum picks what an unknown value reads as.
 */
interface WireEnum {

    String name();

    @JsonValue
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

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
