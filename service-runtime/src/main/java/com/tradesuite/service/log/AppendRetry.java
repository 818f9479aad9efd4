package com.tradesuite.service.log;

import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * An append the caller cannot skip is tried again with a doubling pause, a bounded number of times; the last
 * failure is thrown, never swallowed.
 */
final class AppendRetry {

    private static final Logger LOG = Logger.getLogger(AppendRetry.class);

    private final int attempts;
    private final Duration firstPause;
    private final Duration maxPause;

    AppendRetry(int attempts, Duration firstPause, Duration maxPause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive, got " + attempts);
        }
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
    }

    /** Runs {@code append} until it returns; after {@code attempts} failures throws the last one. */
    <T> T run(String what, Supplier<T> append) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                return append.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw new EventLogUnavailableException(what + " failed after " + attempt + " attempts: "
                            + e.getMessage(), e);
                }
                LOG.warnf("%s failed (attempt %d of %d), trying again in %d ms: %s", what, attempt, attempts,
                        pause.toMillis(), e.getMessage());
                pauseFor(pause);
                pause = min(pause.multipliedBy(2), maxPause);
            }
        }
    }

    private static void pauseFor(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventLogUnavailableException("interrupted while waiting to retry an append", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
