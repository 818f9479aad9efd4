package com.tradesuite.broker.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Client-side rate limit: a bucket of {@code capacity} tokens refilled evenly per minute, tightened by the
 * server's X-RateLimit-Remaining/Reset so several clients sharing one key still stay under the broker's limit.
 *
 * <p>The server's count is the truth every process shares: once it says fewer than the protective reserve (a
 * fraction of the key's X-RateLimit-Limit) remain in the window, routine calls wait for the window's reset while
 * {@link RequestPriority#PROTECTIVE} calls go on; locally too, routine calls leave the reserve's share of tokens.
 */
public final class TokenBucket {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final Clock clock;
    private final double capacity;
    private final double tokensPerNano;
    private final double reserveFraction;
    private double tokens;
    private Integer serverRemaining;
    private Integer serverLimit;
    private Instant serverResetAt;
    private Instant lastRefill;
    private Instant blockedUntil;

    /**
     * @param perMinute tokens per minute (the key's limit times this client's share), at least 1
     */
    public TokenBucket(int perMinute, Clock clock) {
        this(perMinute, 0.0, clock);
    }

    /**
     * @param perMinute tokens per minute (the key's limit times this client's share), at least 1
     * @param reserveFraction the part of the budget only protective calls may spend, in [0, 1)
     */
    public TokenBucket(int perMinute, double reserveFraction, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, got " + perMinute);
        }
        if (!(reserveFraction >= 0.0 && reserveFraction < 1.0)) {
            throw new IllegalArgumentException("reserveFraction must be in [0, 1), got " + reserveFraction);
        }
        this.reserveFraction = reserveFraction;
        this.clock = clock;
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
        this.tokens = perMinute;
        this.lastRefill = clock.instant();
        this.blockedUntil = Instant.MIN;
    }

    /** A routine call: see {@link #tryAcquire(RequestPriority)}. */
    public Duration tryAcquire() {
        return tryAcquire(RequestPriority.ROUTINE);
    }

    /** Takes a token and returns zero, or takes nothing and returns how long to wait before asking again. */
    public synchronized Duration tryAcquire(RequestPriority priority) {
        Instant now = clock.instant();
        if (now.isBefore(blockedUntil)) {
            return Duration.between(now, blockedUntil);
        }
        refill(now);
        boolean routine = priority != RequestPriority.PROTECTIVE;
        if (routine && serverKeepsReserve(now)) {
            return Duration.between(now, serverResetAt);
        }
        double needed = 1.0 + (routine ? capacity * reserveFraction : 0.0);
        if (tokens >= needed) {
            tokens -= 1.0;
            if (serverRemaining != null) {
                serverRemaining--;
            }
            return Duration.ZERO;
        }
        long nanos = (long) Math.ceil((needed - tokens) / tokensPerNano);
        return Duration.ofNanos(Math.max(nanos, 1));
    }

    /** The server's window has fewer calls left than the key's protective reserve. */
    private boolean serverKeepsReserve(Instant now) {
        if (serverRemaining == null || serverResetAt == null || !now.isBefore(serverResetAt)) {
            return false;
        }
        double limit = serverLimit != null ? serverLimit : capacity;
        return serverRemaining < 1.0 + limit * reserveFraction;
    }

    /**
     * Applies the server's view: never hold more tokens than it says remain; when none remain, wait until reset.
     *
     * @param remaining X-RateLimit-Remaining, or null if absent
     * @param resetAt X-RateLimit-Reset as an instant, or null if absent
     */
    public synchronized void observe(Integer remaining, Instant resetAt) {
        observe(remaining, resetAt, null);
    }

    /**
     * As {@link #observe(Integer, Instant)}, knowing the key's whole limit (X-RateLimit-Limit, or null).
     */
    public synchronized void observe(Integer remaining, Instant resetAt, Integer limit) {
        if (remaining == null) {
            return;
        }
        serverRemaining = remaining;
        serverResetAt = resetAt;
        if (limit != null && limit > 0) {
            serverLimit = limit;
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
