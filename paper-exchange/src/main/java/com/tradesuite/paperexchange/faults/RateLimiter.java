package com.tradesuite.paperexchange.faults;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Fixed one-minute windows of real time per API key, like Alpaca's 200 requests per minute. */
public final class RateLimiter {

    private final Clock realClock;
    private volatile int perMinute;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock realClock, int perMinute) {
        this.realClock = realClock;
        this.perMinute = perMinute;
    }

    /** Counts one request for {@code key} and says whether it is allowed and what the headers should say. */
    public Decision acquire(String key) {
        int perMinute = this.perMinute;
        long nowSeconds = realClock.instant().getEpochSecond();
        long windowStart = nowSeconds - nowSeconds % 60;
        Window window = windows.compute(key, (k, old) ->
                old == null || old.start != windowStart ? new Window(windowStart, 1) : new Window(windowStart, old.used + 1));
        int remaining = Math.max(0, perMinute - window.used);
        return new Decision(window.used <= perMinute, perMinute, remaining, windowStart + 60,
                Math.max(1, windowStart + 60 - nowSeconds));
    }

    public int perMinute() {
        return perMinute;
    }

    /**
     * Changes the per-key limit from now on (a test lowers it for a while); the requests already counted in the
     * current window stay counted.
     */
    public void setPerMinute(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, was " + value);
        }
        perMinute = value;
    }

    /** Requests counted for {@code key} in the current window (0 before its first one). */
    public int used(String key) {
        long nowSeconds = realClock.instant().getEpochSecond();
        Window window = windows.get(key);
        return window == null || window.start != nowSeconds - nowSeconds % 60 ? 0 : window.used;
    }

    private record Window(long start, int used) {
    }

    /**
     * @param allowed          false means answer 429
     * @param limit            X-RateLimit-Limit
     * @param remaining        X-RateLimit-Remaining
     * @param resetEpochSecond X-RateLimit-Reset
     * @param retryAfterSeconds Retry-After
     */
    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond, long retryAfterSeconds) {
    }
}
