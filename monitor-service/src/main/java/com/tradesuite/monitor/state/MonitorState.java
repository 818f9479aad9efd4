package com.tradesuite.monitor.state;

import java.time.Instant;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.report.DailyLedger;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.service.FoldRefusals;

/**
 * What the monitor has folded: the trading state (positions and open orders, for the protection line) and the trade
 * ledger (round trips and exit sources), both through the domain folds, plus how many events it has seen.
 *
 * @param replayed true once the log's history has been folded (the report is complete)
 * @param daily the daily report's per-day aggregates
 * @param lastEventAt the newest event time folded (what "now" is for the daily report); null before any event
 */
public record MonitorState(TradingState trading, TradeLedger ledger, long foldedEvents, boolean replayed,
                           DailyLedger daily, Instant lastEventAt) {

    public static MonitorState empty() {
        return new MonitorState(TradingState.empty(), TradeLedger.empty(), 0, false, DailyLedger.empty(), null);
    }

    public MonitorState apply(EventEnvelope<?> envelope) {
        TradingState.Step step = trading.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        TradeLedger after = ledger.apply(envelope);
        return new MonitorState(step.state(), after, foldedEvents + 1, replayed,
                daily.apply(envelope, after.closedSince(ledger), step.state()),
                lastEventAt == null || envelope.occurredAt().isAfter(lastEventAt) ? envelope.occurredAt() : lastEventAt);
    }

    public MonitorState replayCompleted() {
        return new MonitorState(trading, ledger, foldedEvents, true, daily, lastEventAt);
    }
}
