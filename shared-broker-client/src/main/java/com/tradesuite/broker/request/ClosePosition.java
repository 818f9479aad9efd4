package com.tradesuite.broker.request;

import java.math.BigDecimal;

/** How much of a position DELETE /v2/positions/{symbol} closes: all, a qty, or a percentage (never both). */
public record ClosePosition(BigDecimal qty, BigDecimal percentage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ClosePosition {
        if (qty != null && percentage != null) {
            throw new InvalidOrderRequestException("close a position by qty or by percentage, not both");
        }
        if (qty != null) {
            Checks.positive(qty, "qty");
        }
        if (percentage != null && (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0)) {
            throw new InvalidOrderRequestException("percentage must be in (0, 100], got " + percentage.toPlainString());
        }
    }

    public static ClosePosition all() {
        return new ClosePosition(null, null);
    }

    public static ClosePosition qty(BigDecimal qty) {
        return new ClosePosition(qty, null);
    }

    public static ClosePosition percentage(BigDecimal percentage) {
        return new ClosePosition(null, percentage);
    }
}
