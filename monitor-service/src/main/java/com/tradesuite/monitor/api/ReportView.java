package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.domain.report.ExitSourceShare;
import com.tradesuite.domain.report.TradeReport;
import com.tradesuite.domain.report.TradeStats;
import com.tradesuite.monitor.streams.AccountReport;

/**
 * The monitor's report as served by GET /report: the domain {@link TradeReport} (per-symbol and total statistics, max
 * drawdown, exit-source breakdown) and the {@link ProtectionSummary} of the open positions, over the account's stores.
 *
 * @param complete true when the stores have processed everything on the log (false while they are behind)
 * @param foldedEvents events the stores have folded
 */
public record ReportView(boolean complete, long foldedEvents, Map<String, TradeStats> bySymbol, TradeStats total,
                         BigDecimal maxDrawdown, List<ExitSourceShare> exitSources, ProtectionView protection) {

    public ReportView {
        bySymbol = new TreeMap<>(bySymbol);
        exitSources = List.copyOf(exitSources);
    }

    /** The report over the account's stores. */
    public static ReportView of(AccountReport account) {
        TradeReport report = account.tradeReport();
        return new ReportView(account.complete(), account.history().events(), report.bySymbol(), report.total(),
                report.maxDrawdown(), report.exitSources(), ProtectionView.of(account.protection().summary()));
    }
}
