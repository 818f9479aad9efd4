package com.tradesuite.bench.read;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * The fold a replay pays for: trading-domain's TradingState (what every service folds) and the monitor's
 * TradeLedger, both over every event. Not thread-safe; one reader thread folds.
 */
public final class BenchFold {

    private TradingState state = TradingState.empty();
    private TradeLedger ledger = TradeLedger.empty();
    private long folded;

    public void apply(EventEnvelope<?> envelope) {
        state = state.apply(envelope);
        ledger = ledger.apply(envelope);
        folded++;
    }

    public long folded() {
        return folded;
    }

    /** What the fold holds: a complete log of round trips leaves no position and no order open. */
    public String summary() {
        return state.positions().openPositionCount() + " open positions, " + state.orders().openOrders().size()
                + " open orders, " + ledger.closedTrades().size() + " closed trades, " + ledger.exits().size()
                + " exit records";
    }

    public TradingState state() {
        return state;
    }

    public TradeLedger ledger() {
        return ledger;
    }
}
