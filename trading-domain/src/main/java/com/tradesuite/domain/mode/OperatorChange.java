package com.tradesuite.domain.mode;

import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * An operator's change is always written (next revision); a resume leaves a running daily-loss latch in force; a
 * flatten-all comes only with HALTED.
 */
public final class OperatorChange {

    private OperatorChange() {
    }

    /** The change an operator asked for, after {@code current}. */
    public static TradingStateChanged request(TradingMode current, TradingStatus state, String reason,
                                              String changeId) {
        return request(current, state, reason, changeId, false);
    }

    /**
     * The change an operator asked for; {@code flatten} (only with HALTED) also asks every position closed.
     *
     * @throws IllegalArgumentException for flatten with a state other than HALTED
     */
    public static TradingStateChanged request(TradingMode current, TradingStatus state, String reason,
                                              String changeId, boolean flatten) {
        if (flatten && state != TradingStatus.HALTED) {
            throw new IllegalArgumentException("flatten goes with HALTED only, not " + state);
        }
        return new TradingStateChanged(changeId, current.nextRevision(), state, reason, TradingStateSetBy.OPERATOR,
                flatten, null);
    }
}
