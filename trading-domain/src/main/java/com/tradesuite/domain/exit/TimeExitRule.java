package com.tradesuite.domain.exit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.position.Position;

/** A position held for {@code maxHolding} of market time or longer is closed; a zero duration turns the rule off. */
public final class TimeExitRule {

    private final Duration maxHolding;

    public TimeExitRule(Duration maxHolding) {
        this.maxHolding = Objects.requireNonNull(maxHolding, "maxHolding");
        if (maxHolding.isNegative()) {
            throw new IllegalArgumentException("maxHolding must not be negative, was " + maxHolding);
        }
    }

    public boolean enabled() {
        return !maxHolding.isZero();
    }

    /** Why the position must go now, or empty while it may still be held. */
    public Optional<String> due(Position position, Instant now) {
        if (!enabled() || !position.isOpen() || position.openedAt() == null) {
            return Optional.empty();
        }
        Duration held = Duration.between(position.openedAt(), now);
        if (held.compareTo(maxHolding) < 0) {
            return Optional.empty();
        }
        return Optional.of("held " + held + " since " + position.openedAt() + ", the maximum is " + maxHolding);
    }
}
