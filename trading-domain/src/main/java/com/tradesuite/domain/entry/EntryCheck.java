package com.tradesuite.domain.entry;

/** The buyer's pre-trade checks, in the order they run; the name of the failed one is written with the decline. */
public enum EntryCheck {
    DUPLICATE_SIGNAL,
    UNSUPPORTED_SIDE,
    COOLDOWN,
    ALREADY_OPEN,
    TRADING_HALTED,
    MAX_OPEN_POSITIONS,
    DAILY_LOSS_LIMIT,
    QTY_BELOW_ONE,
    BUYING_POWER
}
