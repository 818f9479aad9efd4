package com.tradesuite.risk.act;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;

/** Appends an event to the log and returns once it is durable (the EventPublisher in production, a list in tests). */
public interface EventSink {

    <E extends Event> void publish(Topic<E> topic, EventEnvelope<? extends E> envelope);
}
