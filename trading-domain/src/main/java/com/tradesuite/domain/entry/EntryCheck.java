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
    REGIME,
    SECTOR_POSITIONS,
    CORRELATION,
    MIN_STOP_DISTANCE,
    QTY_BELOW_ONE,
    MAX_POSITION_VALUE,
    MAX_EXPOSURE,
    SECTOR_EXPOSURE,
    BUYING_POWER
}
