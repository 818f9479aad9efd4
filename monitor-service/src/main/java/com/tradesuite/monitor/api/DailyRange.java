package com.tradesuite.monitor.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The New York trading days a daily report covers, from the request: ISO dates, at most {@value #MAX_DAYS} days. */
public record DailyRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** Thrown for a range the request cannot have; the message says why (answered as 400). */
    public static final class BadRange extends RuntimeException {
        BadRange(String message) {
            super(message);
        }
    }

    public static DailyRange of(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new BadRange("to (" + end + ") is before from (" + start + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new BadRange("a range covers at most " + MAX_DAYS + " days, " + start + ".." + end + " is longer");
        }
        return new DailyRange(start, end);
    }

    /** The label of the range: the day, or "from to to". */
    public String label() {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRange(name + " is required (a New York trading day, yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRange(name + " is not a date (yyyy-MM-dd): " + value);
        }
    }
}
