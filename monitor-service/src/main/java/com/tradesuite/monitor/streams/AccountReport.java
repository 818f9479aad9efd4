package com.tradesuite.monitor.streams;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;

/**
 * The account's report as its stores hold it.
 *
 * @param history the account's aggregate over every event
 * @param protection the open positions' protection
 * @param complete true when the stores have processed everything on the log ({@link StreamsProgress#upToDate})
 */
public record AccountReport(ReportAggregate history, ProtectionBoard protection, boolean complete) {

    static AccountReport notYet() {
        return new AccountReport(ReportAggregate.empty(), ProtectionBoard.empty(), false);
    }
}
