package com.tradesuite.monitor.state;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.service.FoldRefusals;

/**
 * What the monitor has folded: the trading state (positions and open orders, for the protection line) and the trade
 * ledger (round trips and exit sources), both through the domain folds, plus how many events it has seen.
 *
 * @param replayed true once the log's history has been folded (the report is complete)
 */
public record MonitorState(TradingState trading, TradeLedger ledger, long foldedEvents, boolean replayed) {

    public static MonitorState empty() {
        return new MonitorState(TradingState.empty(), TradeLedger.empty(), 0, false);
    }

    public MonitorState apply(EventEnvelope<?> envelope) {
        TradingState.Step step = trading.fold(envelope);
        FoldRefusals.report(envelope, step.refusal());
        return new MonitorState(step.state(), ledger.apply(envelope), foldedEvents + 1, replayed);
    }

    public MonitorState replayCompleted() {
        return new MonitorState(trading, ledger, foldedEvents, true);
    }
}
