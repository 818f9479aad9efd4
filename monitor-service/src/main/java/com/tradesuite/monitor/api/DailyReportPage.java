package com.tradesuite.monitor.api;

import static com.tradesuite.monitor.api.DailyReportFormat.COUNT;
import static com.tradesuite.monitor.api.DailyReportFormat.FRACTION_PERCENT;
import static com.tradesuite.monitor.api.DailyReportFormat.MONEY;
import static com.tradesuite.monitor.api.DailyReportFormat.PERCENT;
import static com.tradesuite.monitor.api.DailyReportFormat.RATIO;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.tradesuite.domain.report.DailyReport;
import com.tradesuite.domain.report.ExitSourceShare;
import com.tradesuite.domain.report.ProtectionIncident;
import com.tradesuite.domain.report.Trade;
import com.tradesuite.domain.report.TradeStats;

/**
 * Renders the daily report as one HTML page: the numbers as server-written tables (each cell names its JSON field
 * and {@link DailyReportFormat}) and four ECharts charts drawn in the browser from the report's JSON, embedded in the
 * page. The chart library is referenced at the monitor's webjar path, or inlined for a page saved as a file.
 */
public final class DailyReportPage {

    /** Where the monitor serves ECharts: the webjar's own path (Quarkus serves META-INF/resources of the jar). */
    public static final String ECHARTS_PATH = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String TEMPLATE = read("daily-report/page.html");

    private DailyReportPage() {
    }

    /**
     * @param json the report as the JSON endpoint serves it
     * @param standalone true: ECharts inlined (the page opens offline from a file); false: loaded from the monitor
     */
    public static String render(DailyReportView view, String label, String json, boolean standalone) {
        String script = standalone ? "<script>" + read("META-INF/resources" + ECHARTS_PATH) + "</script>"
                : "<script src=\"" + ECHARTS_PATH + "\"></script>";
        return TEMPLATE.replace("{{TITLE}}", escape("Daily report " + label))
                .replace("{{SUBTITLE}}", escape(subtitle(view)))
                .replace("{{SUMMARY}}", summary(view.report()))
                .replace("{{TABLES}}", tables(view.report()))
                .replace("{{NOTES}}", escape("Sharpe/Sortino: " + view.report().ratios().basis() + ". Exposure: "
                        + view.report().exposure().basis() + "."))
                // The JSON sits in a script element: "</" must not end it early.
                .replace("{{REPORT_JSON}}", json.replace("</", "<\\/"))
                .replace("{{ECHARTS}}", script);
    }

    private static String subtitle(DailyReportView view) {
        return "New York trading days, " + view.report().tradingDays() + " in the range; " + view.foldedEvents()
                + " events folded" + (view.complete() ? "" : " (still reading the log)") + ", as of "
                + (view.asOf() == null ? "-" : view.asOf());
    }

    private static String summary(DailyReport report) {
        TradeStats total = report.total();
        DailyReport.ProtectionIncidents protection = report.protection();
        StringBuilder out = new StringBuilder("<table class=\"summary\"><tbody>\n");
        row(out, "Trades", cell("total.trades", COUNT, total.trades()));
        row(out, "Wins / losses", cell("total.wins", COUNT, total.wins()) + " / "
                + cell("total.losses", COUNT, total.losses()));
        row(out, "Win rate", cell("total.winRate", FRACTION_PERCENT, total.winRate()));
        row(out, "Net P&L", cell("total.netPnl", MONEY, total.netPnl()));
        row(out, "Average win / loss", cell("averageWin", MONEY, report.averageWin()) + " / "
                + cell("averageLoss", MONEY, report.averageLoss()));
        row(out, "Profit factor", cell("total.profitFactor", RATIO, total.profitFactor()));
        row(out, "Expectancy per trade", cell("expectancy", MONEY, report.expectancy()) + " ("
                + cell("expectancyR", RATIO, report.expectancyR()) + " R)");
        row(out, "Max drawdown", cell("maxDrawdown", MONEY, report.maxDrawdown()));
        row(out, "Sharpe / Sortino (annualised)", cell("ratios.sharpe", RATIO, report.ratios().sharpe()) + " / "
                + cell("ratios.sortino", RATIO, report.ratios().sortino()));
        row(out, "Average holding (s)", cell("averageHoldingSeconds", COUNT, report.averageHoldingSeconds())
                + " (" + DailyReportFormat.duration(report.averageHoldingSeconds()) + ")");
        row(out, "Time in market", cell("exposure.timeInMarketPercent", PERCENT,
                report.exposure().timeInMarketPercent()));
        row(out, "Exposure average / peak", cell("exposure.averageExposure", MONEY,
                report.exposure().averageExposure()) + " / "
                + cell("exposure.peakExposure", MONEY, report.exposure().peakExposure()));
        row(out, "Re-protections", cell("protection.reprotections", COUNT, protection.reprotections()));
        row(out, "Protection gaps (over 2 s)", cell("protection.gaps", COUNT, protection.gaps()) + " ("
                + cell("protection.gapsOverBound", COUNT, protection.gapsOverBound()) + ")");
        row(out, "Longest gap (ms)", cell("protection.longestGapMillis", COUNT, protection.longestGapMillis()));
        row(out, "Fallback / hard-stop exits", cell("protection.fallbackExits", COUNT, protection.fallbackExits())
                + " / " + cell("protection.hardStopExits", COUNT, protection.hardStopExits()));
        row(out, "Adoptions", cell("protection.adoptions", COUNT, protection.adoptions()));
        row(out, "Fees", report.fees().amount() == null
                ? "<span data-field=\"fees.note\">" + escape(report.fees().note()) + "</span>"
                : cell("fees.amount", MONEY, report.fees().amount()));
        return out.append("</tbody></table>\n").toString();
    }

    private static String tables(DailyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("<h2>Per symbol</h2>\n<table><thead><tr><th>Symbol</th><th>Trades</th><th>Wins</th>"
                + "<th>Losses</th><th>Win rate</th><th>PF</th><th>Avg R</th><th>Net P&amp;L</th></tr></thead><tbody>\n");
        for (Map.Entry<String, TradeStats> entry : report.bySymbol().entrySet()) {
            String path = "bySymbol." + entry.getKey();
            TradeStats stats = entry.getValue();
            out.append("<tr><td>").append(escape(entry.getKey())).append("</td>")
                    .append(td(path + ".trades", COUNT, stats.trades())).append(td(path + ".wins", COUNT, stats.wins()))
                    .append(td(path + ".losses", COUNT, stats.losses()))
                    .append(td(path + ".winRate", FRACTION_PERCENT, stats.winRate()))
                    .append(td(path + ".profitFactor", RATIO, stats.profitFactor()))
                    .append(td(path + ".averageR", RATIO, stats.averageR()))
                    .append(td(path + ".netPnl", MONEY, stats.netPnl())).append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        trades(out, "Best trades", "best", report.best());
        trades(out, "Worst trades", "worst", report.worst());
        out.append("<h2>Exit sources</h2>\n<table><thead><tr><th>Layer</th><th>Reason</th><th>Count</th>"
                + "<th>Share</th></tr></thead><tbody>\n");
        for (int i = 0; i < report.exitSources().size(); i++) {
            ExitSourceShare share = report.exitSources().get(i);
            out.append("<tr><td>").append(share.layer().name()).append("</td><td>").append(escape(share.reason()))
                    .append("</td>").append(td("exitSources." + i + ".count", COUNT, share.count()))
                    .append(td("exitSources." + i + ".percent", PERCENT, share.percent())).append("</tr>\n");
        }
        out.append("</tbody></table>\n<h2>Entry declines</h2>\n<table><thead><tr><th>Check</th><th>Count</th></tr>"
                + "</thead><tbody>\n");
        report.entryDeclines().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append("<tr><td>").append(escape(entry.getKey())).append("</td>")
                        .append(td("entryDeclines." + entry.getKey(), COUNT, entry.getValue())).append("</tr>\n"));
        out.append("</tbody></table>\n<h2>Protection incidents (latest)</h2>\n<table><thead><tr><th>At</th>"
                + "<th>Symbol</th><th>Kind</th><th>Duration (ms)</th><th>Detail</th></tr></thead><tbody>\n");
        for (ProtectionIncident incident : report.protection().latest()) {
            out.append("<tr><td>").append(incident.at()).append("</td><td>").append(escape(incident.symbol()))
                    .append("</td><td>").append(incident.kind()).append("</td><td>")
                    .append(incident.durationMillis() == null ? "" : incident.durationMillis()).append("</td><td>")
                    .append(escape(incident.detail())).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static void trades(StringBuilder out, String title, String field, List<Trade> trades) {
        out.append("<h2>").append(title).append("</h2>\n<table><thead><tr><th>Symbol</th><th>Opened</th>"
                + "<th>Closed</th><th>Qty</th><th>Entry</th><th>P&amp;L</th><th>R</th></tr></thead><tbody>\n");
        for (int i = 0; i < trades.size(); i++) {
            Trade trade = trades.get(i);
            String path = field + "." + i;
            out.append("<tr><td>").append(escape(trade.symbol())).append("</td><td>").append(trade.openedAt())
                    .append("</td><td>").append(trade.closedAt()).append("</td><td>")
                    .append(trade.entryQty().toPlainString()).append("</td><td>")
                    .append(trade.avgEntryPrice() == null ? "-" : trade.avgEntryPrice().toPlainString()).append("</td>")
                    .append(td(path + ".realizedPnl", MONEY, trade.realizedPnl()))
                    .append(td(path + ".rMultiple", RATIO, trade.rMultiple())).append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><th>").append(escape(name)).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static String td(String field, DailyReportFormat format, Object value) {
        return "<td>" + cell(field, format, value) + "</td>";
    }

    /** One number: its JSON field (relative to {@code report}) and format, for the page's test. */
    private static String cell(String field, DailyReportFormat format, Object value) {
        return "<span data-field=\"" + escape(field) + "\" data-format=\"" + format.name() + "\">"
                + escape(format.format(value)) + "</span>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(String resource) {
        try (InputStream in = DailyReportPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
