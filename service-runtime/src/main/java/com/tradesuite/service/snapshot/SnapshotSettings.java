package com.tradesuite.service.snapshot;

import java.time.Duration;
import java.util.Locale;

import com.tradesuite.service.ConfigDurations;
import com.tradesuite.service.InvalidConfigException;

/**
 * When a service snapshots its folded state: after every replay, on every revoke, and every {@code everyEvents}
 * folded events or {@code everyInterval}, whichever comes first; validated so bad config stops startup naming the key.
 */
public record SnapshotSettings(boolean enabled, long everyEvents, Duration everyInterval) {

    public static final String ENABLED_KEY = "tradesuite.snapshot.enabled";
    public static final String EVERY_EVENTS_KEY = "tradesuite.snapshot.every-events";
    public static final String EVERY_INTERVAL_KEY = "tradesuite.snapshot.every-interval";

    public static SnapshotSettings defaults() {
        return new SnapshotSettings(true, 50_000, Duration.ofSeconds(60));
    }

    /** Parses raw values (null for a missing key takes its default). */
    public static SnapshotSettings parse(String enabled, String everyEvents, String everyInterval) {
        SnapshotSettings defaults = defaults();
        boolean on = enabled == null ? defaults.enabled() : parseBoolean(enabled);
        long events = everyEvents == null ? defaults.everyEvents() : parseEvents(everyEvents);
        Duration interval = everyInterval == null ? defaults.everyInterval() : parseInterval(everyInterval);
        return new SnapshotSettings(on, events, interval);
    }

    private static boolean parseBoolean(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new InvalidConfigException(ENABLED_KEY, "'" + value + "' is neither true nor false");
        }
        return Boolean.parseBoolean(text);
    }

    private static long parseEvents(String value) {
        long events;
        try {
            events = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(EVERY_EVENTS_KEY, "'" + value + "' is not a whole number");
        }
        if (events < 1) {
            throw new InvalidConfigException(EVERY_EVENTS_KEY, events + " is not at least 1");
        }
        return events;
    }

    private static Duration parseInterval(String value) {
        Duration interval;
        try {
            interval = ConfigDurations.parse(value);
        } catch (RuntimeException e) {
            throw new InvalidConfigException(EVERY_INTERVAL_KEY, "'" + value + "' is not a duration");
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidConfigException(EVERY_INTERVAL_KEY, value + " is shorter than 1s");
        }
        return interval;
    }
}
