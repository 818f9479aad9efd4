package com.tradesuite.bench.log;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Ticker-like symbols (2 to 4 capital letters), distinct and the same for the same seed. */
public final class SymbolNames {

    private SymbolNames() {
    }

    public static List<String> of(int count, long seed) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("symbol count must be 1..10000, was " + count);
        }
        Random random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            int length = 2 + random.nextInt(3);
            StringBuilder name = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                name.append((char) ('A' + random.nextInt(26)));
            }
            names.add(name.toString());
        }
        return new ArrayList<>(names);
    }
}
