package com.tradesuite.domain.reconcile;

/** How the log and the broker disagree about one symbol (the metric's {@code kind} label, lower-cased). */
public enum DifferenceKind {
    /** The broker holds a position the log never saw: adopt it. */
    UNKNOWN_POSITION,
    /** The log holds a position the broker does not: it was closed outside the suite. */
    MISSING_POSITION,
    /** Both hold the symbol with different quantities. */
    QUANTITY_MISMATCH,
    /** The broker holds open orders the log never saw (placed outside the suite). */
    UNKNOWN_ORDER,
    /** The broker holds a short position: the suite trades long only and does not touch it. */
    SHORT_POSITION
}
