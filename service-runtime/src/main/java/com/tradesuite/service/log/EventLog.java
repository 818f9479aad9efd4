package com.tradesuite.service.log;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

/**
 * The one output port of every service: appends an event to a catalog topic and returns only once the log has it,
 * else throws {@link EventLogUnavailableException}, so an intent is durable before the broker call it announces.
 */
@FunctionalInterface
public interface EventLog {

    <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope);
}
