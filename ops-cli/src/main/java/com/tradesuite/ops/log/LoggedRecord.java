package com.tradesuite.ops.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;

import com.tradesuite.schemas.log.LogPosition;
import com.tradesuite.schemas.serde.DecodeResult;

/**
 * One record read from a catalog topic: where it sits, its log-append time, the raw value and what it decodes to.
 *
 * @param timestamp the broker's append time (catalog topics use {@code LogAppendTime})
 */
public record LoggedRecord(String topic, int partition, long offset, Instant timestamp, String key, byte[] value,
                           DecodeResult<?> decoded) {

    /** The order the services replay in (service-runtime's EventLogConsumer): append time, topic, offset. */
    public static final Comparator<LoggedRecord> REPLAY_ORDER = Comparator.comparing(LoggedRecord::logPosition);

    /** Where the record sits and when it was appended, in the form the replay merge orders by. */
    public LogPosition logPosition() {
        return new LogPosition(topic, partition, offset, timestamp.toEpochMilli());
    }

    public String rawText() {
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }

    public String position() {
        return topic + "/" + partition + "@" + offset;
    }
}
