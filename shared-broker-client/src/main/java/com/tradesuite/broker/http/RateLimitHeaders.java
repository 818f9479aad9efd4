package com.tradesuite.broker.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * Reads X-RateLimit-Limit / -Remaining / -Reset (epoch seconds) and Retry-After (seconds or HTTP date).
 */
record RateLimitHeaders(Integer limit, Integer remaining, Instant resetAt, Duration retryAfter) {

    static RateLimitHeaders from(Headers headers, Clock clock) {
        return new RateLimitHeaders(
                intOrNull(headers.get("X-RateLimit-Limit")),
                intOrNull(headers.get("X-RateLimit-Remaining")),
                epochOrNull(headers.get("X-RateLimit-Reset")),
                retryAfter(headers.get("Retry-After"), clock));
    }

    /** How long a 429 asks us to wait: Retry-After first, else until the reset when nothing remains. */
    Duration waitHint(Clock clock) {
        if (retryAfter != null) {
            return retryAfter;
        }
        if (remaining != null && remaining <= 0 && resetAt != null) {
            Duration untilReset = Duration.between(clock.instant(), resetAt);
            return untilReset.isNegative() ? Duration.ZERO : untilReset;
        }
        return null;
    }

    private static Integer intOrNull(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant epochOrNull(String value) {
        try {
            return value == null ? null : Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
