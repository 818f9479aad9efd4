package com.tradesuite.domain.mode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * Equity at least the limit % below its peak halts entries until an operator resumes (no latch end), once per latch.
 */
public final class MaxDrawdownRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal limitPercent;

    /** @param limitPercent in (0, 100] */
    public MaxDrawdownRule(BigDecimal limitPercent) {
        if (limitPercent.signum() <= 0 || limitPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("max drawdown must be in (0, 100] %, was " + limitPercent);
        }
        this.limitPercent = limitPercent;
    }

    /**
     * The change to append, if equity fell the limit below the peak and no drawdown latch is folded yet.
     *
     * @param peak the peak folded from the log ({@link TradingMode#peak()}); nothing trips while it is unknown
     */
    public Optional<TradingStateChanged> check(TradingMode current, EquityPeak peak, BigDecimal equity,
                                               Instant now) {
        if (current.drawdownLatched() || peak.peak().signum() <= 0 || equity.compareTo(peak.peak()) >= 0) {
            return Optional.empty();
        }
        BigDecimal drop = peak.peak().subtract(equity);
        // Compared exactly; the rounded percentage is only for the reason.
        if (drop.multiply(HUNDRED).compareTo(limitPercent.multiply(peak.peak())) < 0) {
            return Optional.empty();
        }
        BigDecimal drawdownPercent = drop.multiply(HUNDRED).divide(peak.peak(), 4, RoundingMode.HALF_UP);
        String reason = "equity " + equity.toPlainString() + " is " + drawdownPercent.stripTrailingZeros()
                .toPlainString() + "% below its peak " + peak.peak().toPlainString() + " (limit "
                + limitPercent.stripTrailingZeros().toPlainString() + "%)";
        return Optional.of(new TradingStateChanged("max-drawdown:" + now, current.nextRevision(),
                TradingStatus.HALTED, reason, TradingStateSetBy.MAX_DRAWDOWN, false, null));
    }
}
