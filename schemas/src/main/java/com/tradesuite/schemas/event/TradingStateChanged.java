package com.tradesuite.schemas.event;

import java.time.Instant;

/**
 * The account's trading state was changed: the newest revision (ties by change id) is the state every service obeys.
 *
 * <p>The risk manager is the one writer; it appends the same change (same change id and revision) to every
 * partition of {@code trading-state}, so every instance of every service folds it whatever partitions it owns (see
 * docs/adr/0005-trading-state-on-the-log.md). Folding it twice changes nothing.
 *
 * @param changeId identifies the change across the copies on the partitions
 * @param revision the writer's revision: the folded revision + 1; a copy with a lower revision is stale
 * @param state ACTIVE, REDUCING or HALTED
 * @param reason why, in words (an operator's text or the rule's numbers)
 * @param setBy OPERATOR, DAILY_LOSS_LIMIT or MAX_DRAWDOWN
 * @param flatten whether all positions are to be closed as well (not carried out yet: the risk manager refuses it)
 * @param latchUntil when the state may be left again without an operator; null when only an operator may leave it
 */
public record TradingStateChanged(String changeId, long revision, TradingStatus state, String reason,
                                  TradingStateSetBy setBy, boolean flatten, Instant latchUntil)
        implements TradingStateEvent {
    public TradingStateChanged {
        Require.text(changeId, "changeId");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
        Require.present(state, "state");
        Require.text(reason, "reason");
        Require.present(setBy, "setBy");
    }
}
