package com.tradesuite.domain.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * Helpers for persistent maps keyed by symbol: keep a set of symbols (a partition's slice), and the plain JDK form
 * they are serialised as (a snapshot never carries library types; they are rebuilt on read).
 */
public final class SymbolMaps {

    private SymbolMaps() {
    }

    /** The entries whose symbol {@code keep} accepts. */
    public static <V> PMap<String, V> slice(PMap<String, V> bySymbol, Predicate<String> keep) {
        PMap<String, V> kept = bySymbol;
        for (String symbol : bySymbol.keySet()) {
            if (!keep.test(symbol)) {
                kept = kept.minus(symbol);
            }
        }
        return kept;
    }

    /** A plain, serialisable copy. */
    public static <K, V> Map<K, V> plain(Map<K, V> map) {
        return new LinkedHashMap<>(map);
    }

    /** The persistent map of a plain one. */
    public static <K, V> PMap<K, V> persistent(Map<K, V> map) {
        return HashTreePMap.from(map);
    }
}
