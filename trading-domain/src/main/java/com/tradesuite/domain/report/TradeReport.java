package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;

/**
 * The monitor's report: per-symbol and total trade statistics, the max drawdown of cumulative realised P&L (in close
 * order), and the exit-source breakdown (count and percent per layer and reason).
 */
public record TradeReport(Map<String, TradeStats> bySymbol, TradeStats total, BigDecimal maxDrawdown,
                          List<ExitSourceShare> exitSources) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static TradeReport of(TradeLedger ledger) {
        List<Trade> trades = ledger.closedTrades();
        Map<String, TradeStats> bySymbol = new TreeMap<>();
        trades.stream().collect(Collectors.groupingBy(Trade::symbol, TreeMap::new, Collectors.toList()))
                .forEach((symbol, symbolTrades) -> bySymbol.put(symbol, TradeStats.of(symbolTrades)));
        return new TradeReport(Map.copyOf(bySymbol), TradeStats.of(trades), maxDrawdown(trades),
                breakdown(ledger.exits()));
    }

    /** Largest fall of cumulative realised P&L from its running peak (which starts at 0); 0 if it never fell. */
    static BigDecimal maxDrawdown(List<Trade> trades) {
        List<Trade> inCloseOrder = new ArrayList<>(trades);
        inCloseOrder.sort(Comparator.comparing(Trade::closedAt));
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        BigDecimal worst = BigDecimal.ZERO;
        for (Trade trade : inCloseOrder) {
            cumulative = cumulative.add(trade.realizedPnl());
            peak = peak.max(cumulative);
            worst = worst.max(peak.subtract(cumulative));
        }
        return worst;
    }

    static List<ExitSourceShare> breakdown(List<ExitAttributed> exits) {
        Map<ExitLayer, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ExitAttributed exit : exits) {
            counts.computeIfAbsent(exit.layer(), layer -> new TreeMap<>()).merge(exit.reason(), 1, Integer::sum);
        }
        List<ExitSourceShare> shares = new ArrayList<>();
        counts.forEach((layer, reasons) -> reasons.forEach((reason, count) -> shares.add(new ExitSourceShare(layer,
                reason, count, BigDecimal.valueOf(count).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(exits.size()), 2, RoundingMode.HALF_EVEN)))));
        shares.sort(Comparator.comparingInt(ExitSourceShare::count).reversed()
                .thenComparing(ExitSourceShare::layer).thenComparing(ExitSourceShare::reason));
        return List.copyOf(shares);
    }
}
