package com.tradesuite.service;

import java.time.Duration;
import java.util.Locale;

/** The one way services read durations from config: ISO-8601 ({@code PT5M}) or a number with a unit (500ms, 90s, 5m, 1h). */
public final class ConfigDurations {

    private ConfigDurations() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException (a {@link java.time.format.DateTimeParseException} or
     *         {@link NumberFormatException}) when the text is neither form; callers name their key in the message
     */
    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p") || value.startsWith("-p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
        }
        if (value.isEmpty()) {
            throw new NumberFormatException("empty duration");
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1).trim());
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new NumberFormatException("unknown unit in '" + text + "'");
        };
    }
}
