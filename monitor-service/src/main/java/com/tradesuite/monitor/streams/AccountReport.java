package com.tradesuite.monitor.streams;

import java.util.List;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.TradeReport;

/**
 * The account's report as its stores hold it.
 *
 * @param history the account's aggregate over every event
 * @param days the account's New York days, oldest first (their drawdown segments chain into the history's)
 * @param protection the open positions' protection
 * @param complete true when the stores have processed everything on the log ({@link StreamsProgress#upToDate})
 */
public record AccountReport(ReportAggregate history, List<ReportAggregate> days, ProtectionBoard protection,
                            boolean complete) {

    public AccountReport {
        days = List.copyOf(days);
    }

    static AccountReport notYet() {
        return new AccountReport(ReportAggregate.empty(), List.of(), ProtectionBoard.empty(), false);
    }

    /** The trade report: statistics from the history, the drawdown from the days in close order. */
    public TradeReport tradeReport() {
        return TradeReport.of(history, days);
    }
}
