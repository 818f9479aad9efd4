package com.tradesuite.paperexchange.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Regular US equity session: weekdays 09:30-16:00 New York, no holidays (a simulation needs none). */
public final class MarketCalendar {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    public boolean isTradingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(NEW_YORK);
        LocalTime time = local.toLocalTime();
        return isTradingDay(local.toLocalDate()) && !time.isBefore(OPEN) && time.isBefore(CLOSE);
    }

    public Instant openOf(LocalDate day) {
        return day.atTime(OPEN).atZone(NEW_YORK).toInstant();
    }

    public Instant closeOf(LocalDate day) {
        return day.atTime(CLOSE).atZone(NEW_YORK).toInstant();
    }

    /** The first session open strictly after {@code instant}. */
    public Instant nextOpen(Instant instant) {
        LocalDate day = instant.atZone(NEW_YORK).toLocalDate();
        while (true) {
            if (isTradingDay(day) && openOf(day).isAfter(instant)) {
                return openOf(day);
            }
            day = day.plusDays(1);
        }
    }

    /** The first session close at or after {@code instant}. */
    public Instant nextClose(Instant instant) {
        LocalDate day = instant.atZone(NEW_YORK).toLocalDate();
        while (true) {
            if (isTradingDay(day) && !closeOf(day).isBefore(instant)) {
                return closeOf(day);
            }
            day = day.plusDays(1);
        }
    }

    /** Start of the 1-minute bar that follows the one containing {@code instant}, skipping closed hours. */
    public Instant nextBarStart(Instant barStart) {
        Instant candidate = barStart.plus(Duration.ofMinutes(1));
        return isOpen(candidate) ? candidate : nextOpen(candidate);
    }

    /** Start of the session minute before {@code barStart}, skipping closed hours backwards. */
    public Instant previousBarStart(Instant barStart) {
        Instant candidate = barStart.minus(Duration.ofMinutes(1));
        while (!isOpen(candidate)) {
            LocalDate day = candidate.atZone(NEW_YORK).toLocalDate();
            Instant close = closeOf(day);
            candidate = isTradingDay(day) && !candidate.isBefore(close)
                    ? close.minus(Duration.ofMinutes(1))
                    : closeOf(day.minusDays(1)).minus(Duration.ofMinutes(1));
        }
        return candidate;
    }
}
