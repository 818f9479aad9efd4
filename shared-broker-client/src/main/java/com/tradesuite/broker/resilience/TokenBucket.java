package com.tradesuite.broker.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Client-side rate limit: a bucket of {@code capacity} tokens refilled evenly per minute, tightened by the
 * server's X-RateLimit-Remaining/Reset so several clients sharing one key still stay under the broker's limit.
 */
public final class TokenBucket {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final Clock clock;
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private Instant lastRefill;
    private Instant blockedUntil;

    /**
     * @param perMinute tokens per minute (the key's limit times this client's share), at least 1
     */
    public TokenBucket(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, got " + perMinute);
        }
        this.clock = clock;
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
        this.tokens = perMinute;
        this.lastRefill = clock.instant();
        this.blockedUntil = Instant.MIN;
    }

    /** Takes a token and returns zero, or takes nothing and returns how long to wait before asking again. */
    public synchronized Duration tryAcquire() {
        Instant now = clock.instant();
        if (now.isBefore(blockedUntil)) {
            return Duration.between(now, blockedUntil);
        }
        refill(now);
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return Duration.ZERO;
        }
        long nanos = (long) Math.ceil((1.0 - tokens) / tokensPerNano);
        return Duration.ofNanos(Math.max(nanos, 1));
    }

    /**
     * Applies the server's view: never hold more tokens than it says remain; when none remain, wait until reset.
     *
     * @param remaining X-RateLimit-Remaining, or null if absent
     * @param resetAt X-RateLimit-Reset as an instant, or null if absent
     */
    public synchronized void observe(Integer remaining, Instant resetAt) {
        if (remaining == null) {
            return;
        }
        refill(clock.instant());
        tokens = Math.min(tokens, Math.max(0, remaining));
        if (remaining <= 0 && resetAt != null) {
            blockedUntil = resetAt;
        }
    }

    /** Blocks every acquire until this instant (Retry-After on a 429). */
    public synchronized void pauseUntil(Instant until) {
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    /** Tokens currently available (for tests and metrics). */
    public synchronized double available() {
        refill(clock.instant());
        return tokens;
    }

    private void refill(Instant now) {
        long elapsed = Duration.between(lastRefill, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            lastRefill = now;
        }
    }
}
