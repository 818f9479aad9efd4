package com.tradesuite.service.config;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service talks to the log ({@code tradesuite.log.*}); a bad value stops startup naming the key. */
@ConfigMapping(prefix = "tradesuite.log")
public interface LogConfig {

    String SESSION_TIMEOUT_KEY = "tradesuite.log.session-timeout";

    /** How long an append waits for the broker's acknowledgement. */
    @WithDefault("PT10S")
    @DurationMin(millis = 1)
    Duration publishTimeout();

    /** How long a crashed instance keeps its partitions before the others take them over; Kafka accepts 6s..5m. */
    @WithDefault("45s")
    @DurationMin(seconds = 6, message = "is outside 6s..5m")
    @DurationMax(minutes = 5, message = "is outside 6s..5m")
    Duration sessionTimeout();
}
