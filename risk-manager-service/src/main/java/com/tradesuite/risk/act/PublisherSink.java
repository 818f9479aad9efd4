package com.tradesuite.risk.act;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.log.EventPublisher;

/** {@link EventSink} over the service's durable publisher (acks=all, returns once Kafka has the event). */
public final class PublisherSink implements EventSink {

    private final EventPublisher publisher;

    public PublisherSink(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public <E extends Event> void publish(Topic<E> topic, EventEnvelope<? extends E> envelope) {
        publisher.publish(topic, envelope);
    }
}
