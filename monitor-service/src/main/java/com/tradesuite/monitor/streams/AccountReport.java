package com.tradesuite.monitor.streams;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;

/**
 * The account's report as its stores hold it.
 *
 * @param history the account's aggregate over every event
 * @param protection the open positions' protection
 * @param complete true once the stores have caught up with the log ({@link StreamsProgress})
 */
public record AccountReport(ReportAggregate history, ProtectionBoard protection, boolean complete) {

    static AccountReport notYet() {
        return new AccountReport(ReportAggregate.empty(), ProtectionBoard.empty(), false);
    }
}
