package com.tradesuite.domain.exit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.pnl.TradingDay;

/**
 * End-of-day flatten: from {@code before} ahead of the New York close (16:00, DST-aware) until the close, every open
 * position is closed; a zero duration turns the rule off.
 */
public final class MarketCloseRule {

    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    private final Duration before;

    public MarketCloseRule(Duration before) {
        this.before = Objects.requireNonNull(before, "before");
        if (before.isNegative() || before.compareTo(Duration.ofHours(6)) > 0) {
            throw new IllegalArgumentException("before must be between 0 and 6 hours, was " + before);
        }
    }

    public boolean enabled() {
        return !before.isZero();
    }

    /** Why positions must be flattened at market time {@code now}, or empty outside the window. */
    public Optional<String> due(Instant now) {
        if (!enabled()) {
            return Optional.empty();
        }
        ZonedDateTime close = now.atZone(TradingDay.NEW_YORK).with(CLOSE);
        Instant closeAt = close.toInstant();
        if (now.isBefore(closeAt.minus(before)) || !now.isBefore(closeAt)) {
            return Optional.empty();
        }
        return Optional.of("market time " + now + " is within " + before + " of the New York close " + close
                .toOffsetDateTime());
    }
}
