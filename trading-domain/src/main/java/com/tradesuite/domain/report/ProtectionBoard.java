package com.tradesuite.domain.report;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.protection.ProtectionSummary;

/**
 * The protection line over every symbol, from each symbol's latest status: a flat symbol is dropped, so it holds the
 * open positions only.
 *
 * @param bySymbol the latest protection status of each symbol with an open position
 */
public record ProtectionBoard(Map<String, ProtectionSummary> bySymbol) implements Serializable {

    private static final ProtectionBoard EMPTY = new ProtectionBoard(Map.of());

    public ProtectionBoard {
        bySymbol = Collections.unmodifiableMap(new TreeMap<>(bySymbol));
    }

    public static ProtectionBoard empty() {
        return EMPTY;
    }

    public ProtectionBoard add(ReportEntry entry) {
        Map<String, ProtectionSummary> next = new TreeMap<>(bySymbol);
        if (entry.protection().equals(ProtectionSummary.NONE)) {
            next.remove(entry.symbol());
        } else {
            next.put(entry.symbol(), entry.protection());
        }
        return new ProtectionBoard(next);
    }

    public ProtectionSummary summary() {
        return bySymbol.values().stream().reduce(ProtectionSummary.NONE, ProtectionSummary::plus);
    }
}
