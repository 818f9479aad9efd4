package com.tradesuite.monitor.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How the daily report's numbers are written on the text and the HTML page, one rule per kind (the page names the
 * kind of each number, so its test can hold the text against the JSON value); null (undefined) is "-".
 */
public enum DailyReportFormat {
    /** Two decimals. */
    MONEY,
    /** Two decimals. */
    RATIO,
    /** A fraction written as a percentage with one decimal (0.5 is "50.0%"). */
    FRACTION_PERCENT,
    /** A percentage with two decimals. */
    PERCENT,
    /** A whole number. */
    COUNT;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public String format(Object value) {
        if (value == null) {
            return "-";
        }
        return switch (this) {
            case MONEY, RATIO -> scaled(decimal(value), 2);
            case FRACTION_PERCENT -> scaled(decimal(value).multiply(HUNDRED), 1) + "%";
            case PERCENT -> scaled(decimal(value), 2) + "%";
            case COUNT -> decimal(value).toBigInteger().toString();
        };
    }

    /** A duration in seconds as "1h 02m 03s" (or "-"). */
    public static String duration(Long seconds) {
        if (seconds == null) {
            return "-";
        }
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format("%dh %02dm %02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%dm %02ds", d.toMinutesPart(), d.toSecondsPart());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }

    private static String scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
