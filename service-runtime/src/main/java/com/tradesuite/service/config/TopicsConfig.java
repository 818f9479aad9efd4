package com.tradesuite.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the services lay out topics on Kafka ({@code tradesuite.topics.*}); a bad value stops startup naming the key. */
@ConfigMapping(prefix = "tradesuite.topics")
public interface TopicsConfig {

    String PARTITIONS_KEY = "tradesuite.topics.partitions";

    /** The partition count of every catalog topic (identical for all, to stay co-partitioned). */
    @WithDefault("6")
    @Min(1)
    @Max(10_000)
    int partitions();

    /** The replication factor used when a topic is created. */
    @WithDefault("1")
    @Min(1)
    @Max(Short.MAX_VALUE)
    short replicationFactor();

    /** How long startup waits for Kafka to create or describe topics. */
    @WithName("provisioning-timeout-ms")
    @WithDefault("30000")
    @Min(100)
    @Max(Integer.MAX_VALUE)
    int provisioningTimeoutMillis();
}
