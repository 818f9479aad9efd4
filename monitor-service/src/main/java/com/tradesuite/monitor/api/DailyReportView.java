package com.tradesuite.monitor.api;

import java.time.Instant;

import com.tradesuite.domain.report.DailyReport;
import com.tradesuite.monitor.state.MonitorState;

/**
 * The daily report as served by GET /report/daily: the domain {@link DailyReport} over one folded state.
 *
 * @param complete false while the log's history is still being folded
 * @param asOf the newest event time folded: open positions' exposure counts up to it; null before any event
 */
public record DailyReportView(boolean complete, long foldedEvents, Instant asOf, DailyReport report) {

    public static DailyReportView of(MonitorState state, DailyRange range) {
        return new DailyReportView(state.replayed(), state.foldedEvents(), state.lastEventAt(),
                DailyReport.of(state.daily(), range.from(), range.to(), state.lastEventAt()));
    }
}
