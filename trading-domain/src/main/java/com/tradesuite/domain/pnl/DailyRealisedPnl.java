package com.tradesuite.domain.pnl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * Realised P&L summed per New York trading day of the fill; a new day starts at zero, so the loss limit resets. Only
 * the latest {@link #DAYS_KEPT} calendar days are kept: the limit needs today, the rest is history on the log.
 */
public record DailyRealisedPnl(PSortedMap<LocalDate, BigDecimal> byDay) {

    /** A week of days covers any weekend or holiday between two sessions. */
    public static final int DAYS_KEPT = 7;

    private static final DailyRealisedPnl EMPTY = new DailyRealisedPnl(TreePMap.empty());

    public static DailyRealisedPnl empty() {
        return EMPTY;
    }

    /** Adds the P&L a fill at {@code filledAt} realised. */
    public DailyRealisedPnl record(Instant filledAt, BigDecimal realised) {
        if (realised.signum() == 0) {
            return this;
        }
        LocalDate day = TradingDay.of(filledAt);
        BigDecimal known = byDay.get(day);
        PSortedMap<LocalDate, BigDecimal> days = byDay.plus(day, known == null ? realised : known.add(realised));
        LocalDate oldestKept = days.lastKey().minusDays(DAYS_KEPT - 1L);
        while (days.firstKey().isBefore(oldestKept)) {
            days = days.minusFirstEntry();
        }
        return new DailyRealisedPnl(days);
    }

    /** The realised P&L of the New York trading day that contains {@code now}. */
    public BigDecimal on(Instant now) {
        return byDay.getOrDefault(TradingDay.of(now), BigDecimal.ZERO);
    }
}
