package com.tradesuite.domain.mode;

import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/** An operator's change is always written (next revision); a resume leaves a running daily-loss latch in force. */
public final class OperatorChange {

    private OperatorChange() {
    }

    /** The change an operator asked for, after {@code current}. */
    public static TradingStateChanged request(TradingMode current, TradingStatus state, String reason,
                                              String changeId) {
        return new TradingStateChanged(changeId, current.nextRevision(), state, reason, TradingStateSetBy.OPERATOR,
                false, null);
    }
}
