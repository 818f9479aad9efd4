package com.tradesuite.schemas.event;

/** How far the account may trade: ACTIVE enters and exits, REDUCING and HALTED take no new entries. */
public enum TradingStatus {
    ACTIVE,
    REDUCING,
    HALTED
}
