package com.tradesuite.service.log;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * An event read from the log, with where it came from.
 *
 * @param timestamp the record's log-append time (epoch millis): one clock for every topic, unlike occurredAt
 * @param replay true while the service is rebuilding its state from history: fold it, do not act on it
 */
public record LoggedEvent(String topic, int partition, long offset, long timestamp,
                          EventEnvelope<? extends Event> envelope, boolean replay) {
}
