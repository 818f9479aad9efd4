package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.domain.report.ExitSourceShare;
import com.tradesuite.domain.report.TradeReport;
import com.tradesuite.domain.report.TradeStats;
import com.tradesuite.monitor.state.MonitorState;

/**
 * The monitor's report as served by GET /report: the domain {@link TradeReport} (per-symbol and total statistics, max
 * drawdown, exit-source breakdown) and the {@link ProtectionSummary} of the open positions, over one folded state.
 *
 * @param complete false while the log's history is still being folded
 */
public record ReportView(boolean complete, long foldedEvents, Map<String, TradeStats> bySymbol, TradeStats total,
                         BigDecimal maxDrawdown, List<ExitSourceShare> exitSources, ProtectionView protection) {

    // Only status() is used, which needs no policy settings.
    private static final ProtectionAudit AUDIT = new ProtectionAudit(ProtectionPolicy.defaults());

    public ReportView {
        bySymbol = new TreeMap<>(bySymbol);
        exitSources = List.copyOf(exitSources);
    }

    public static ReportView of(MonitorState state) {
        TradeReport report = TradeReport.of(state.ledger());
        ProtectionSummary protection = ProtectionSummary.of(state.trading().positions(), state.trading().orders(),
                AUDIT);
        return new ReportView(state.replayed(), state.foldedEvents(), report.bySymbol(), report.total(),
                report.maxDrawdown(), report.exitSources(), ProtectionView.of(protection));
    }
}
