package com.tradesuite.service.snapshot;

import java.time.Duration;

/**
 * When a service snapshots its folded state: after every replay, on every revoke, and every {@code everyEvents}
 * folded events or {@code everyInterval}, whichever comes first (read and validated by
 * {@link com.tradesuite.service.config.SnapshotConfig}).
 */
public record SnapshotSettings(boolean enabled, long everyEvents, Duration everyInterval) {
}
