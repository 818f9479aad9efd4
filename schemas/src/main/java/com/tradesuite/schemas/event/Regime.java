package com.tradesuite.schemas.event;

/**
 * The market regime the scanner measured for a signal: NORMAL (trending, or not measurable yet) or CHOPPY (ranging:
 * low efficiency ratio and weak ADX). The buyer sizes or blocks by it (trading-domain {@code MarketRegime}).
 */
public enum Regime {
    NORMAL,
    CHOPPY
}
