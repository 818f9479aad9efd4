package com.tradesuite.service.log;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * An event read from the log, with where it came from.
 *
 * @param timestamp the record's log-append time (epoch millis): one clock for every topic, unlike occurredAt
 * @param replay true while the service is rebuilding its state from history: fold it, do not act on it
 * @param ownEcho true when this live event is the copy of an append this instance made (see {@link OwnWrites}):
 *                a service that folded the write when it made it skips it
 */
public record LoggedEvent(String topic, int partition, long offset, long timestamp,
                          EventEnvelope<? extends Event> envelope, boolean replay, boolean ownEcho) {

    /** An event that is not an echo of this instance's own write. */
    public LoggedEvent(String topic, int partition, long offset, long timestamp,
                       EventEnvelope<? extends Event> envelope, boolean replay) {
        this(topic, partition, offset, timestamp, envelope, replay, false);
    }
}
