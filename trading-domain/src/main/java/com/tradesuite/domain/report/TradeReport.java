package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.tradesuite.schemas.event.ExitAttributed;

/**
 * The monitor's report: per-symbol and total trade statistics, the max drawdown of cumulative realised P&L (in close
 * order), and the exit-source breakdown (count and percent per layer and reason).
 */
public record TradeReport(Map<String, TradeStats> bySymbol, TradeStats total, BigDecimal maxDrawdown,
                          List<ExitSourceShare> exitSources) {

    public static TradeReport of(TradeLedger ledger) {
        List<Trade> trades = ledger.closedTrades();
        Map<String, TradeStats> bySymbol = new TreeMap<>();
        trades.stream().collect(Collectors.groupingBy(Trade::symbol, TreeMap::new, Collectors.toList()))
                .forEach((symbol, symbolTrades) -> bySymbol.put(symbol, TradeStats.of(symbolTrades)));
        return new TradeReport(Map.copyOf(bySymbol), TradeStats.of(trades), maxDrawdown(trades),
                breakdown(ledger.exits()));
    }

    /**
     * The same report from the account's aggregate and its days, oldest first: the statistics from the aggregate,
     * the max drawdown from the days' drawdown segments chained in date order (each day's curve holds the whole day in
     * close order, so this is exact whatever order the trades arrived in).
     */
    public static TradeReport of(ReportAggregate history, List<ReportAggregate> daysInOrder) {
        DrawdownSegment chained = DrawdownSegment.empty();
        for (ReportAggregate day : daysInOrder) {
            chained = chained.then(day.drawdown().segment());
        }
        TradeReport report = of(history);
        return new TradeReport(report.bySymbol(), report.total(), chained.worst(), report.exitSources());
    }

    /** The same report from one bounded aggregate (its drawdown curve: exact for a week of late arrivals). */
    public static TradeReport of(ReportAggregate aggregate) {
        Map<String, TradeStats> bySymbol = new TreeMap<>();
        TradeTally total = TradeTally.empty();
        for (Map.Entry<String, TradeTally> entry : aggregate.bySymbol().entrySet()) {
            bySymbol.put(entry.getKey(), entry.getValue().stats());
            total = total.merge(entry.getValue());
        }
        return new TradeReport(Map.copyOf(bySymbol), total.stats(), aggregate.drawdown().maxDrawdown(),
                aggregate.exits().shares());
    }

    /** Largest fall of cumulative realised P&L from its running peak (which starts at 0); 0 if it never fell. */
    static BigDecimal maxDrawdown(List<Trade> trades) {
        List<Trade> inCloseOrder = new ArrayList<>(trades);
        inCloseOrder.sort(Comparator.comparing(Trade::closedAt));
        DrawdownSegment segment = DrawdownSegment.empty();
        for (Trade trade : inCloseOrder) {
            segment = segment.then(trade.realizedPnl());
        }
        return segment.worst();
    }

    static List<ExitSourceShare> breakdown(List<ExitAttributed> exits) {
        ExitTally tally = ExitTally.empty();
        for (ExitAttributed exit : exits) {
            tally = tally.add(exit.layer(), exit.reason());
        }
        return tally.shares();
    }
}
