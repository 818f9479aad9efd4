package com.tradesuite.schemas.event;

/** Who changed the trading state: an operator by hand, or one of the risk manager's account-wide loss rules. */
public enum TradingStateSetBy {
    OPERATOR,
    DAILY_LOSS_LIMIT,
    MAX_DRAWDOWN
}
