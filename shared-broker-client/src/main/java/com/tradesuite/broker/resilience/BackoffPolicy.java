package com.tradesuite.broker.resilience;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of min(max, base * 2^(n-1)),
 * and never less than a server-given Retry-After.
 */
public final class BackoffPolicy {

    private final Duration base;
    private final Duration max;
    private final int maxAttempts;
    private final RandomGenerator random;

    /**
     * @param maxAttempts total tries including the first (1 = never retry)
     */
    public BackoffPolicy(Duration base, Duration max, int maxAttempts, RandomGenerator random) {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= max, got base " + base + ", max " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        this.base = base;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** Whether another try is allowed after {@code attempt} tries failed. */
    public boolean canRetry(int attempt) {
        return attempt < maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait after the {@code attempt}-th failed try (1-based).
     *
     * @param serverHint Retry-After or reset wait from the server, or null
     */
    public Duration delay(int attempt, Duration serverHint) {
        long ceiling = exponential(attempt);
        long half = ceiling / 2;
        long jittered = half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1));
        Duration computed = Duration.ofNanos(jittered);
        if (serverHint != null && serverHint.compareTo(computed) > 0) {
            return serverHint;
        }
        return computed;
    }

    private long exponential(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long nanos = base.toNanos();
        long maxNanos = max.toNanos();
        if (nanos == 0) {
            return 0;
        }
        return nanos > (maxNanos >> shift) ? maxNanos : Math.min(maxNanos, nanos << shift);
    }
}
