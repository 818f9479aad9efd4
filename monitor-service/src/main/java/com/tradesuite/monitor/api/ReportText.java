package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import com.tradesuite.domain.report.ExitSourceShare;
import com.tradesuite.domain.report.TradeStats;

/** Renders the report as a fixed-width plain-text table; an undefined value (no trades, no losses) prints as "-". */
public final class ReportText {

    private static final String STATS_ROW = "%-8s %6s %5s %6s %7s %7s %7s %11s\n";
    private static final String EXIT_ROW = "%-17s %-24s %5s %7s\n";
    private static final String NL = "\n";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ReportText() {
    }

    public static String render(ReportView report) {
        StringBuilder out = new StringBuilder();
        out.append("TRADE REPORT").append(report.complete() ? "" : " (still reading the log)")
                .append(" - ").append(report.foldedEvents()).append(" events folded").append(NL)
                .append(NL);
        out.append(String.format(STATS_ROW, "SYMBOL", "TRADES", "WINS", "LOSSES", "WIN%", "PF", "AVG R", "NET P&L"));
        for (Map.Entry<String, TradeStats> entry : report.bySymbol().entrySet()) {
            out.append(statsRow(entry.getKey(), entry.getValue()));
        }
        out.append(statsRow("TOTAL", report.total()));
        out.append(NL);
        out.append("Max drawdown: ").append(money(report.maxDrawdown())).append(NL)
                .append(NL);
        out.append("EXIT SOURCES").append(NL);
        if (report.exitSources().isEmpty()) {
            out.append("(none)").append(NL);
        } else {
            out.append(String.format(EXIT_ROW, "LAYER", "REASON", "COUNT", "SHARE"));
            for (ExitSourceShare share : report.exitSources()) {
                out.append(String.format(EXIT_ROW, share.layer().name(), share.reason(), share.count(),
                        scaled(share.percent(), 1) + "%"));
            }
        }
        out.append(NL);
        out.append("Protection: ").append(report.protection().line()).append(NL);
        return out.toString();
    }

    private static String statsRow(String label, TradeStats stats) {
        String winRate = stats.winRate() == null ? "-" : scaled(stats.winRate().multiply(HUNDRED), 1) + "%";
        return String.format(STATS_ROW, label, stats.trades(), stats.wins(), stats.losses(), winRate,
                stats.profitFactor() == null ? "-" : scaled(stats.profitFactor(), 2),
                stats.averageR() == null ? "-" : scaled(stats.averageR(), 2), money(stats.netPnl()));
    }

    private static String money(BigDecimal value) {
        return value == null ? "-" : scaled(value, 2);
    }

    private static String scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
