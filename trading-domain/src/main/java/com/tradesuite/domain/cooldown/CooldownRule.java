package com.tradesuite.domain.cooldown;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.ExitAttributed;

/** A losing exit starts a cooldown of a configurable length for the symbol; the buyer honours it. */
public final class CooldownRule {

    private final Duration length;

    public CooldownRule(Duration length) {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("cooldown length must be positive, was " + length);
        }
        this.length = length;
    }

    /** The cooldown a position-reducing fill starts: only a loss does. */
    public Optional<CooldownStarted> afterExit(ExitAttributed exit, Instant exitTime) {
        return afterExit(exit.realizedPnl(), exitTime);
    }

    public Optional<CooldownStarted> afterExit(BigDecimal realizedPnl, Instant exitTime) {
        if (realizedPnl.signum() >= 0) {
            return Optional.empty();
        }
        return Optional.of(new CooldownStarted(exitTime.plus(length),
                "losing exit: realised " + realizedPnl.stripTrailingZeros().toPlainString()));
    }
}
