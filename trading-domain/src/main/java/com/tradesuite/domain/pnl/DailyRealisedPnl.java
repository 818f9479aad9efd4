package com.tradesuite.domain.pnl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Realised P&L summed per New York trading day of the fill; a new day starts at zero, so the loss limit resets. */
public record DailyRealisedPnl(Map<LocalDate, BigDecimal> byDay) {

    public DailyRealisedPnl {
        byDay = Map.copyOf(byDay);
    }

    public static DailyRealisedPnl empty() {
        return new DailyRealisedPnl(Map.of());
    }

    /** Adds the P&L a fill at {@code filledAt} realised. */
    public DailyRealisedPnl record(Instant filledAt, BigDecimal realised) {
        if (realised.signum() == 0) {
            return this;
        }
        Map<LocalDate, BigDecimal> days = new HashMap<>(byDay);
        days.merge(TradingDay.of(filledAt), realised, BigDecimal::add);
        return new DailyRealisedPnl(days);
    }

    /** The realised P&L of the New York trading day that contains {@code now}. */
    public BigDecimal on(Instant now) {
        return byDay.getOrDefault(TradingDay.of(now), BigDecimal.ZERO);
    }
}
