package com.tradesuite.bench.read;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * The fold a replay pays for: trading-domain's TradingState (what every service folds) and the monitor's
 * TradeLedger, both over every event, counting what the fold refuses. Not thread-safe; one reader thread folds.
 */
public final class BenchFold {

    private TradingState state = TradingState.empty();
    private TradeLedger ledger = TradeLedger.empty();
    private long folded;
    private long refused;

    public void apply(EventEnvelope<?> envelope) {
        // The services' path: a refusal is a result to count (the generated log should have none), not to drop.
        TradingState.Step step = state.fold(envelope);
        state = step.state();
        if (step.refusal().isPresent()) {
            refused++;
        }
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
                + " exit records, " + refused + " refused by the fold";
    }

    public TradingState state() {
        return state;
    }

    public TradeLedger ledger() {
        return ledger;
    }
}
