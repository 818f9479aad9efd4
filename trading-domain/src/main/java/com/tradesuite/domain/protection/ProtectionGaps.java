package com.tradesuite.domain.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each open position has been without protection: a gap opens at the first audit that finds the position
 * unprotected and closes at the first that finds it protected again or closed. Holds only the open gaps.
 *
 * <p>Written by the one thread that audits (the risk manager's actor); any thread may read {@link #current}.
 */
public final class ProtectionGaps {

    private final Map<String, Instant> unprotectedSince = new ConcurrentHashMap<>();

    /** The position's verdict at {@code now}; returns the gap that ended here, if one did. */
    public Optional<Duration> observe(String symbol, boolean isProtected, Instant now) {
        if (!isProtected) {
            unprotectedSince.putIfAbsent(symbol, now);
            return Optional.empty();
        }
        return end(symbol, now);
    }

    /** The audit saw these positions open; a gap of any other symbol ends now (its position closed). */
    public Map<String, Duration> retainOpen(Set<String> openSymbols, Instant now) {
        Map<String, Duration> ended = new HashMap<>();
        for (String symbol : new HashSet<>(unprotectedSince.keySet())) {
            if (!openSymbols.contains(symbol)) {
                end(symbol, now).ifPresent(gap -> ended.put(symbol, gap));
            }
        }
        return ended;
    }

    /** Every open gap's length so far. */
    public Map<String, Duration> current(Instant now) {
        Map<String, Duration> gaps = new HashMap<>();
        unprotectedSince.forEach((symbol, since) -> gaps.put(symbol, nonNegative(Duration.between(since, now))));
        return gaps;
    }

    /** Forgets every open gap: the state is being rebuilt. */
    public void clear() {
        unprotectedSince.clear();
    }

    private Optional<Duration> end(String symbol, Instant now) {
        Instant since = unprotectedSince.remove(symbol);
        return since == null ? Optional.empty() : Optional.of(nonNegative(Duration.between(since, now)));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
