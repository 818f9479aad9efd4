package com.tradesuite.domain.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.schemas.event.ExitLayer;

/**
 * What one event of a symbol adds to the report: it counts as one folded event, may close a round trip, may count
 * one exit, and leaves the symbol's open position with a protection status.
 *
 * @param occurredAt when the event happened (its day is the report day of an event without a trade)
 * @param closed the round trip this event ended, or null
 * @param exitLayer the layer of the exit this event counts, or null
 * @param exitReason the reason of that exit, or null
 * @param protection the symbol's open positions after this event, protected or not (all zero when flat)
 */
public record ReportEntry(String symbol, Instant occurredAt, Trade closed, ExitLayer exitLayer, String exitReason,
                          ProtectionSummary protection) implements Serializable {

    /** The New York trading day the entry counts in: the close's for a round trip, else the event's. */
    public LocalDate day() {
        return TradingDay.of(closed == null ? occurredAt : closed.closedAt());
    }

    public boolean countsExit() {
        return exitLayer != null;
    }
}
