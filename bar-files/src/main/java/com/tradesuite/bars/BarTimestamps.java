package com.tradesuite.bars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a bar's timestamp: an ISO instant with {@code Z} or an offset, a local {@code YYYY-MM-DD HH:MM[:SS]} (space
 * or {@code T}) in the given zone, or epoch seconds / milliseconds.
 */
final class BarTimestamps {

    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX");

    private BarTimestamps() {
    }

    /** @throws IllegalArgumentException saying what was expected */
    static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            return epoch(value);
        }
        String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T'
                + value.substring(11).strip() : value;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return OffsetDateTime.parse(iso, COMPACT_OFFSET).toInstant();
            } catch (DateTimeParseException notCompactOffset) {
                try {
                    return LocalDateTime.parse(iso).atZone(zone).toInstant();
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("timestamp '" + value + "' is not an ISO instant (Z or an"
                            + " offset), a 'YYYY-MM-DD HH:MM:SS' local time or epoch seconds/milliseconds");
                }
            }
        }
    }

    private static Instant epoch(String digits) {
        if (digits.length() == 10) {
            return Instant.ofEpochSecond(Long.parseLong(digits));
        }
        if (digits.length() == 13) {
            return Instant.ofEpochMilli(Long.parseLong(digits));
        }
        throw new IllegalArgumentException("timestamp '" + digits + "' is a number but neither epoch seconds (10"
                + " digits) nor epoch milliseconds (13 digits)");
    }
}
