package com.tradesuite.service.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A service's own per-symbol maps, cut to a partition's symbols for a snapshot (a plain serialisable copy). */
public final class SymbolSlices {

    private SymbolSlices() {
    }

    public static <V> Map<String, V> only(Map<String, V> bySymbol, Predicate<String> keep) {
        Map<String, V> kept = new HashMap<>();
        bySymbol.forEach((symbol, value) -> {
            if (keep.test(symbol)) {
                kept.put(symbol, value);
            }
        });
        return kept;
    }
}
