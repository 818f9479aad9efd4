package com.tradesuite.schemas.log;

import java.util.Comparator;

/**
 * Where a record sits in the log and when the broker appended it; replay order is append time, then topic, then
 * offset (then partition, so that no two records tie).
 *
 * @param timestamp the broker's log-append time (epoch millis): one clock for every topic
 */
public record LogPosition(String topic, int partition, long offset, long timestamp)
        implements Comparable<LogPosition> {

    /** The order every replay delivers in (services and ops-cli alike). */
    public static final Comparator<LogPosition> REPLAY_ORDER = Comparator.comparingLong(LogPosition::timestamp)
            .thenComparing(LogPosition::topic).thenComparingLong(LogPosition::offset)
            .thenComparingInt(LogPosition::partition);

    /** {@link #REPLAY_ORDER} written out: the replay's merge compares on every record, so no lambda chain here. */
    @Override
    public int compareTo(LogPosition other) {
        int byTime = Long.compare(timestamp, other.timestamp);
        if (byTime != 0) {
            return byTime;
        }
        int byTopic = topic.equals(other.topic) ? 0 : topic.compareTo(other.topic);
        if (byTopic != 0) {
            return byTopic;
        }
        int byOffset = Long.compare(offset, other.offset);
        return byOffset != 0 ? byOffset : Integer.compare(partition, other.partition);
    }
}
