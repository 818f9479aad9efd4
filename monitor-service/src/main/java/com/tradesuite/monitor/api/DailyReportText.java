package com.tradesuite.monitor.api;

import static com.tradesuite.monitor.api.DailyReportFormat.COUNT;
import static com.tradesuite.monitor.api.DailyReportFormat.FRACTION_PERCENT;
import static com.tradesuite.monitor.api.DailyReportFormat.MONEY;
import static com.tradesuite.monitor.api.DailyReportFormat.PERCENT;
import static com.tradesuite.monitor.api.DailyReportFormat.RATIO;

import java.util.List;
import java.util.Map;

import com.tradesuite.domain.report.DailyReport;
import com.tradesuite.domain.report.ExitSourceShare;
import com.tradesuite.domain.report.ProtectionIncident;
import com.tradesuite.domain.report.RHistogram;
import com.tradesuite.domain.report.Trade;
import com.tradesuite.domain.report.TradeStats;

/** Renders the daily report as fixed-width plain text (the numbers written by {@link DailyReportFormat}). */
public final class DailyReportText {

    private static final String NL = "\n";
    private static final String STATS_ROW = "%-8s %6s %5s %6s %7s %7s %7s %11s\n";
    private static final String LINE = "%-24s %s\n";

    private DailyReportText() {
    }

    public static String render(DailyReportView view, String label) {
        DailyReport report = view.report();
        TradeStats total = report.total();
        StringBuilder out = new StringBuilder();
        out.append("DAILY REPORT ").append(label).append(" (New York trading days)")
                .append(view.complete() ? "" : " (still reading the log)").append(" - ").append(view.foldedEvents())
                .append(" events folded, as of ").append(view.asOf() == null ? "-" : view.asOf()).append(NL).append(NL);
        line(out, "Trades", COUNT.format(total.trades()) + " (" + total.wins() + " wins, " + total.losses()
                + " losses)");
        line(out, "Win rate", FRACTION_PERCENT.format(total.winRate()));
        line(out, "Net P&L", MONEY.format(total.netPnl()));
        line(out, "Average win / loss", MONEY.format(report.averageWin()) + " / " + MONEY.format(report.averageLoss()));
        line(out, "Profit factor", RATIO.format(total.profitFactor()));
        line(out, "Expectancy", MONEY.format(report.expectancy()) + " per trade, " + RATIO.format(report.expectancyR())
                + " R");
        line(out, "Max drawdown", MONEY.format(report.maxDrawdown()));
        line(out, "Sharpe / Sortino", RATIO.format(report.ratios().sharpe()) + " / "
                + RATIO.format(report.ratios().sortino()) + " over " + report.tradingDays() + " trading days");
        line(out, "Average holding", DailyReportFormat.duration(report.averageHoldingSeconds()));
        line(out, "Time in market", PERCENT.format(report.exposure().timeInMarketPercent()));
        line(out, "Exposure avg / peak", MONEY.format(report.exposure().averageExposure()) + " / "
                + MONEY.format(report.exposure().peakExposure()));
        line(out, "Fees", report.fees().amount() == null ? report.fees().note() : MONEY.format(report.fees().amount()));
        out.append(NL).append(String.format(STATS_ROW, "SYMBOL", "TRADES", "WINS", "LOSSES", "WIN%", "PF", "AVG R",
                "NET P&L"));
        for (Map.Entry<String, TradeStats> entry : report.bySymbol().entrySet()) {
            out.append(statsRow(entry.getKey(), entry.getValue()));
        }
        out.append(statsRow("TOTAL", total));
        out.append(NL).append("R-MULTIPLES").append(NL);
        for (RHistogram.Bucket bucket : report.rHistogram()) {
            out.append(String.format("%-12s %5d\n", bucket.label(), bucket.count()));
        }
        out.append(String.format("%-12s %5d\n", "unknown", report.rUnknown()));
        trades(out, "BEST TRADES", report.best());
        trades(out, "WORST TRADES", report.worst());
        out.append(NL).append("EXIT SOURCES").append(NL);
        if (report.exitSources().isEmpty()) {
            out.append("(none)").append(NL);
        }
        for (ExitSourceShare share : report.exitSources()) {
            out.append(String.format("%-17s %-24s %5d %7s\n", share.layer().name(), share.reason(), share.count(),
                    PERCENT.format(share.percent())));
        }
        DailyReport.ProtectionIncidents protection = report.protection();
        out.append(NL).append("PROTECTION").append(NL);
        line(out, "Re-protections", String.valueOf(protection.reprotections()));
        line(out, "Gaps", protection.gaps() + " (" + protection.gapsOverBound() + " over 2 s, longest "
                + protection.longestGapMillis() + " ms, total " + protection.totalGapMillis() + " ms, "
                + protection.openGaps() + " open now)");
        line(out, "Fallback exits", String.valueOf(protection.fallbackExits()));
        line(out, "Hard-stop exits", String.valueOf(protection.hardStopExits()));
        line(out, "Adoptions", String.valueOf(protection.adoptions()));
        for (ProtectionIncident incident : protection.latest()) {
            out.append("  ").append(incident.at()).append(' ').append(incident.symbol()).append(' ')
                    .append(incident.kind()).append(incident.durationMillis() == null ? ""
                            : " " + incident.durationMillis() + " ms").append(": ").append(incident.detail())
                    .append(NL);
        }
        out.append(NL).append("ENTRY DECLINES").append(NL);
        if (report.entryDeclines().isEmpty()) {
            out.append("(none)").append(NL);
        }
        report.entryDeclines().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append(String.format("%-24s %5d\n", entry.getKey(), entry.getValue())));
        out.append(NL).append("Sharpe/Sortino: ").append(report.ratios().basis()).append('.').append(NL)
                .append("Exposure: ").append(report.exposure().basis()).append('.').append(NL);
        return out.toString();
    }

    private static void trades(StringBuilder out, String title, List<Trade> trades) {
        out.append(NL).append(title).append(NL);
        if (trades.isEmpty()) {
            out.append("(none)").append(NL);
        }
        for (Trade trade : trades) {
            out.append(String.format("%-8s %-22s %11s %7s\n", trade.symbol(), trade.closedAt(),
                    MONEY.format(trade.realizedPnl()), RATIO.format(trade.rMultiple())));
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format(LINE, name, value));
    }

    private static String statsRow(String label, TradeStats stats) {
        return String.format(STATS_ROW, label, stats.trades(), stats.wins(), stats.losses(),
                FRACTION_PERCENT.format(stats.winRate()), RATIO.format(stats.profitFactor()),
                RATIO.format(stats.averageR()), MONEY.format(stats.netPnl()));
    }
}
