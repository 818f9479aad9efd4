package com.tradesuite.paperexchange.faults;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Fixed one-minute windows of real time per API key, like Alpaca's 200 requests per minute. */
public final class RateLimiter {

    private final Clock realClock;
    private final int perMinute;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock realClock, int perMinute) {
        this.realClock = realClock;
        this.perMinute = perMinute;
    }

    /** Counts one request for {@code key} and says whether it is allowed and what the headers should say. */
    public Decision acquire(String key) {
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
