package com.tradesuite.domain.protection;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the protection audit.
 *
 * @param grace how long another layer's in-flight intent of equal or higher priority holds the audit back
 * @param replaceWindow how long a lower layer's in-flight intent (a bracket being replaced) holds it back
 * @param entryFillGrace how long a partially filled entry may keep filling before its shares are protected on their own
 * @param defaultStopFraction stop distance below the average entry when the entry's stop is unknown (0.02 = 2 %)
 * @param rewardToRisk take-profit distance as a multiple of the stop distance when the entry's target is unknown
 * @param reprotectBackoff the wait after a first failed re-protection; it doubles with each further failure
 * @param reprotectBackoffMax the longest wait between two re-protection attempts
 * @param partialGrace how long an unfinished partial-profit plan of the seller holds the audit back (its legs are
 *                     canceled and the part sold on purpose; the plan protects the rest itself)
 */
public record ProtectionPolicy(Duration grace, Duration replaceWindow, Duration entryFillGrace,
                               BigDecimal defaultStopFraction, BigDecimal rewardToRisk, Duration reprotectBackoff,
                               Duration reprotectBackoffMax, Duration partialGrace) {

    public ProtectionPolicy {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(replaceWindow, "replaceWindow");
        Objects.requireNonNull(entryFillGrace, "entryFillGrace");
        Objects.requireNonNull(partialGrace, "partialGrace");
        if (defaultStopFraction.signum() <= 0 || defaultStopFraction.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("defaultStopFraction must be within (0, 1), was " + defaultStopFraction);
        }
        if (reprotectBackoff.isNegative() || reprotectBackoff.isZero()
                || reprotectBackoffMax.compareTo(reprotectBackoff) < 0) {
            throw new IllegalArgumentException("reprotectBackoff must be positive and at most reprotectBackoffMax, was "
                    + reprotectBackoff + " and " + reprotectBackoffMax);
        }
        if (rewardToRisk.signum() <= 0) {
            throw new IllegalArgumentException("rewardToRisk must be positive, was " + rewardToRisk);
        }
    }

    /** A policy whose partial-profit grace is the general grace. */
    public ProtectionPolicy(Duration grace, Duration replaceWindow, Duration entryFillGrace,
                            BigDecimal defaultStopFraction, BigDecimal rewardToRisk, Duration reprotectBackoff,
                            Duration reprotectBackoffMax) {
        this(grace, replaceWindow, entryFillGrace, defaultStopFraction, rewardToRisk, reprotectBackoff,
                reprotectBackoffMax, grace);
    }

    /**
     * 10 s grace (also for a partial-profit plan), 2 s replace window, 500 ms to finish filling (a filling entry's legs are held, so its filled shares
     * have no stop), 2 % default stop, 2:1 target, failed re-protections retried after 2 s, 4 s, ... up to 2 minutes.
     */
    public static ProtectionPolicy defaults() {
        return new ProtectionPolicy(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(500),
                new BigDecimal("0.02"), new BigDecimal("2"), Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /** The wait before the next attempt after {@code failures} consecutive failed re-protections (at least 1). */
    public Duration reprotectDelay(int failures) {
        Duration delay = reprotectBackoff;
        for (int i = 1; i < failures && delay.compareTo(reprotectBackoffMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(reprotectBackoffMax) > 0 ? reprotectBackoffMax : delay;
    }
}
