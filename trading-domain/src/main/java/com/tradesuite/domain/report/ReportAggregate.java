package com.tradesuite.domain.report;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's numbers over any set of events (a symbol's day, the account's day, the account's history) in constant
 * size: a {@link TradeTally} per symbol, an {@link ExitTally} and a {@link DrawdownCurve}; no list of trades. Entries
 * may arrive in any order; {@link TradeReport#of(ReportAggregate)} gives the same report as the trades' list would.
 *
 * @param events events folded
 * @param bySymbol closed trades summed per symbol (as many entries as symbols traded)
 */
public record ReportAggregate(long events, Map<String, TradeTally> bySymbol, ExitTally exits,
                              DrawdownCurve drawdown) implements Serializable {

    private static final ReportAggregate EMPTY = new ReportAggregate(0, Map.of(), ExitTally.empty(),
            DrawdownCurve.empty());

    public ReportAggregate {
        bySymbol = Collections.unmodifiableMap(new TreeMap<>(bySymbol));
    }

    public static ReportAggregate empty() {
        return EMPTY;
    }

    public ReportAggregate add(ReportEntry entry) {
        Map<String, TradeTally> tallies = bySymbol;
        DrawdownCurve curve = drawdown;
        if (entry.closed() != null) {
            Trade trade = entry.closed();
            tallies = new TreeMap<>(bySymbol);
            tallies.merge(trade.symbol(), TradeTally.empty().add(trade), TradeTally::merge);
            curve = drawdown.add(trade.closedAt(), trade.realizedPnl());
        }
        ExitTally exitTally = entry.countsExit() ? exits.add(entry.exitLayer(), entry.exitReason()) : exits;
        return new ReportAggregate(events + 1, tallies, exitTally, curve);
    }
}
