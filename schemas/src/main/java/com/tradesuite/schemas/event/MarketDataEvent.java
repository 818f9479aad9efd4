package com.tradesuite.schemas.event;

/** Market observations on {@code market-data}: bars and quotes. */
public sealed interface MarketDataEvent extends Event permits BarClosed, QuoteUpdated {
}
