package com.tradesuite.domain.mode;

import java.math.BigDecimal;

/** The highest equity seen since the peak was last based; an operator's resume re-bases it on the equity then. */
public record EquityPeak(BigDecimal peak) {

    public static EquityPeak none() {
        return new EquityPeak(BigDecimal.ZERO);
    }

    public EquityPeak observe(BigDecimal equity) {
        return equity.compareTo(peak) > 0 ? new EquityPeak(equity) : this;
    }

    /** After a resume: the drawdown counts from {@code equity}, else the same drawdown would trip again at once. */
    public static EquityPeak rebased(BigDecimal equity) {
        return new EquityPeak(equity);
    }
}
