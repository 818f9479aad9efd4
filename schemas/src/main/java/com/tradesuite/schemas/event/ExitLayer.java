package com.tradesuite.schemas.event;

/**
 * The defense-in-depth layer an order belongs to; a higher {@link #priority()} wins when layers disagree.
 */
public enum ExitLayer {
    /** Not an exit: the entry itself. */
    ENTRY(0),
    /** Layer 2: trailing, partial profit, signal and time exits placed by the seller. */
    SELLER(1),
    /** Layer 1: the stop and take-profit legs living at the broker since entry. */
    EXCHANGE_BRACKET(2),
    /** Layer 3: re-protection and the fallback exit when price is through the stop. */
    RISK_SOFT_STOP(3),
    /** Layer 3: emergency market exit at the hard stop. */
    RISK_HARD_STOP(4),
    /**
     * Not a layer of the suite: shares that left outside it (closed in the broker's dashboard), found by
     * reconciliation. No intent ever carries it, so it never takes part in the layers' arbitration.
     */
    MANUAL(0);

    private final int priority;

    ExitLayer(int priority) {
        this.priority = priority;
    }

    public int priority() {
        return priority;
    }
}
