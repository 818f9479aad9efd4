package com.tradesuite.service.config;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import com.tradesuite.service.snapshot.SnapshotSettings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * When a service snapshots its folded state ({@code tradesuite.snapshot.*}): after every replay, on every revoke, and
 * every {@code every-events} folded events or {@code every-interval}, whichever comes first.
 */
@ConfigMapping(prefix = "tradesuite.snapshot")
public interface SnapshotConfig {

    String ENABLED_KEY = "tradesuite.snapshot.enabled";
    String EVERY_EVENTS_KEY = "tradesuite.snapshot.every-events";
    String EVERY_INTERVAL_KEY = "tradesuite.snapshot.every-interval";

    @WithDefault("true")
    @WithConverter(StrictBoolean.class)
    boolean enabled();

    @WithDefault("50000")
    @Min(value = 1, message = "is not at least 1")
    long everyEvents();

    @WithDefault("60s")
    @DurationMin(seconds = 1, message = "is shorter than 1s")
    Duration everyInterval();

    /** The plain record the snapshot keeper works with. */
    default SnapshotSettings settings() {
        return new SnapshotSettings(enabled(), everyEvents(), everyInterval());
    }
}
