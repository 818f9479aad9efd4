package com.tradesuite.domain.pnl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The trading day of an instant is its calendar date in New York (America/New_York, DST-aware). */
public final class TradingDay {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TradingDay() {
    }

    public static LocalDate of(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDate();
    }
}
