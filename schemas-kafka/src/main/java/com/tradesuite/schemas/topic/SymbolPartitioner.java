package com.tradesuite.schemas.topic;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

/**
 * The partition a symbol's events land in: the producer's own key hash (murmur2 of the UTF-8 symbol), so an
 * instance can tell which symbols it owns from the partitions it was assigned.
 */
public final class SymbolPartitioner {

    private SymbolPartitioner() {
    }

    /** The partition of {@code symbol} on a topic with {@code partitions} partitions. */
    public static int partitionOf(String symbol, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        return BuiltInPartitioner.partitionForKey(symbol.getBytes(StandardCharsets.UTF_8), partitions);
    }
}
