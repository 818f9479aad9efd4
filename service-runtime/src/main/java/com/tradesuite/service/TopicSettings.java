package com.tradesuite.service;

import java.util.Map;

/**
 * How the services lay out topics on Kafka, validated so bad config stops startup naming the key.
 *
 * @param partitions the partition count of every catalog topic (identical for all, to stay co-partitioned)
 * @param replicationFactor the replication factor used when a topic is created
 * @param provisioningTimeoutMillis how long startup waits for Kafka to create or describe topics
 */
public record TopicSettings(int partitions, short replicationFactor, long provisioningTimeoutMillis) {

    public static final String PARTITIONS_KEY = "tradesuite.topics.partitions";
    public static final String REPLICATION_FACTOR_KEY = "tradesuite.topics.replication-factor";
    public static final String TIMEOUT_KEY = "tradesuite.topics.provisioning-timeout-ms";

    /** Parses raw config values; a missing key takes its default, an invalid one throws naming the key. */
    public static TopicSettings from(Map<String, String> raw) {
        int partitions = parseInt(raw, PARTITIONS_KEY, "6", 1, 10_000);
        int replication = parseInt(raw, REPLICATION_FACTOR_KEY, "1", 1, Short.MAX_VALUE);
        int timeout = parseInt(raw, TIMEOUT_KEY, "30000", 100, Integer.MAX_VALUE);
        return new TopicSettings(partitions, (short) replication, timeout);
    }

    private static int parseInt(Map<String, String> raw, String key, String defaultValue, int min, int max) {
        String value = raw.getOrDefault(key, defaultValue).trim();
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + value + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidConfigException(key, parsed + " is outside " + min + ".." + max);
        }
        return parsed;
    }
}
