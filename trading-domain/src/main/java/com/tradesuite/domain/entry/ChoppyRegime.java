package com.tradesuite.domain.entry;

/** What the buyer does with a signal the scanner measured in a CHOPPY market. */
public enum ChoppyRegime {
    /** Enter at half the risk ({@link MarketRegime#CHOPPY}'s size factor). */
    REDUCE,
    /** Decline the entry (check REGIME). */
    BLOCK,
    /** Size it like a NORMAL signal. */
    IGNORE
}
