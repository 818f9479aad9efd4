package com.tradesuite.monitor.config;

import java.time.Duration;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The monitor's keys ({@code tradesuite.monitor.*}) with their defaults; a bad value stops startup naming its key. */
@ConfigMapping(prefix = "tradesuite.monitor")
public interface MonitorConfig {

    String PREFIX = "tradesuite.monitor.";
    String READ_MODEL_URL = PREFIX + "read-model.url";
    String READ_MODEL_USER = PREFIX + "read-model.user";
    String READ_MODEL_PASSWORD = PREFIX + "read-model.password";
    String READ_MODEL_MAX_RETRY_DELAY = PREFIX + "read-model.max-retry-delay";

    /** Named explicitly so validation messages spell the key as it is written. */
    @WithName("read-model")
    ReadModel readModel();

    /** The optional PostgreSQL read model. */
    interface ReadModel {

        /** PostgreSQL JDBC URL; unset or empty switches the read model off. */
        Optional<String> url();

        /** Unset to let the driver decide (e.g. a {@code user=} parameter in the URL). */
        Optional<String> user();

        /** From the environment only; never logged. */
        Optional<String> password();

        /** The longest wait between two attempts while the database is unreachable. */
        @WithDefault("30s")
        @DurationMin(millis = 100)
        @DurationMax(minutes = 10)
        Duration maxRetryDelay();
    }
}
