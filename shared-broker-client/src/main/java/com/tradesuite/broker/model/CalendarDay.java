package com.tradesuite.broker.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** One trading day of GET /v2/calendar; session times keep Alpaca's HHMM strings. */
public record CalendarDay(
        LocalDate date,
        LocalTime open,
        LocalTime close,
        String sessionOpen,
        String sessionClose,
        LocalDate settlementDate) {
}
