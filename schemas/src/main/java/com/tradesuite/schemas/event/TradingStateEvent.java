package com.tradesuite.schemas.event;

/** The account-wide trading state on {@code trading-state}: every partition carries every change, every service folds it. */
public sealed interface TradingStateEvent extends Event permits TradingStateChanged, EquityPeakRecorded {
}
