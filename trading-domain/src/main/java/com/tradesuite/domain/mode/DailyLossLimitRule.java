package com.tradesuite.domain.mode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * A day's loss (realised plus unrealised at the last price) of at least the limit % of the New York day's starting
 * equity halts entries until the next New York trading day (midnight America/New_York), once per day.
 */
public final class DailyLossLimitRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal limitPercent;

    /** @param limitPercent in (0, 100] */
    public DailyLossLimitRule(BigDecimal limitPercent) {
        if (limitPercent.signum() <= 0 || limitPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("daily loss limit must be in (0, 100] %, was " + limitPercent);
        }
        this.limitPercent = limitPercent;
    }

    /** Midnight in New York after the trading day of {@code now}: when the latch ends. */
    public static Instant nextTradingDayStart(Instant now) {
        LocalDate next = TradingDay.of(now).plusDays(1);
        return next.atStartOfDay(TradingDay.NEW_YORK).toInstant();
    }

    /**
     * The change to append, if the limit is reached and this day's latch is not on the log yet.
     *
     * @param dayPnl realised plus unrealised P&L of the New York day of {@code now} (negative is a loss)
     * @param dayStartEquity the account's equity when the day began
     */
    public Optional<TradingStateChanged> check(TradingMode current, BigDecimal dayPnl, BigDecimal dayStartEquity,
                                               Instant now) {
        if (dayStartEquity.signum() <= 0 || dayPnl.signum() >= 0) {
            return Optional.empty();
        }
        Instant until = nextTradingDayStart(now);
        if (until.equals(current.dailyLossUntil())) {
            return Optional.empty();
        }
        // Compared exactly (loss x 100 against limit x equity); the rounded percentage is only for the reason.
        if (dayPnl.negate().multiply(HUNDRED).compareTo(limitPercent.multiply(dayStartEquity)) < 0) {
            return Optional.empty();
        }
        BigDecimal lossPercent = dayPnl.negate().multiply(HUNDRED).divide(dayStartEquity, 4, RoundingMode.HALF_UP);
        String reason = "day loss " + dayPnl.negate().toPlainString() + " is " + lossPercent.stripTrailingZeros()
                .toPlainString() + "% of the day's starting equity " + dayStartEquity.toPlainString() + " (limit "
                + limitPercent.stripTrailingZeros().toPlainString() + "%)";
        return Optional.of(new TradingStateChanged("daily-loss:" + TradingDay.of(now), current.nextRevision(),
                TradingStatus.HALTED, reason, TradingStateSetBy.DAILY_LOSS_LIMIT, false, until));
    }
}
