package com.tradesuite.risk.state;

import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.schemas.event.TradingStateEvent;

/** The risk manager's fold of {@code trading-state}: one account-wide {@link TradingMode}, the same on every partition. */
public final class TradingModeFold {

    private TradingMode mode = TradingMode.initial();

    public synchronized void fold(TradingStateEvent event) {
        mode = mode.apply(event);
    }

    /** A partition's snapshot carries the whole mode: keep the newer. */
    public synchronized void restore(TradingMode restored) {
        if (restored != null) {
            mode = mode.newerOf(restored);
        }
    }

    public synchronized void reset() {
        mode = TradingMode.initial();
    }

    public synchronized TradingMode current() {
        return mode;
    }
}
