package com.tradesuite.risk;

import java.util.List;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.service.testkit.TopicProbe;

/** One symbol's events of one type as a {@link TopicProbe} has read them, in log order per partition. */
final class Probes {

    private Probes() {
    }

    static <E extends Event> List<EventEnvelope<E>> envelopes(TopicProbe<E> probe, Class<? extends E> type,
                                                              String symbol) {
        return probe.poll(envelope -> envelope.symbol().equals(symbol) && type.isInstance(envelope.payload()));
    }

    static <E extends Event, T extends E> List<T> payloads(TopicProbe<E> probe, Class<T> type, String symbol) {
        return envelopes(probe, type, symbol).stream().map(EventEnvelope::payload).map(type::cast).toList();
    }
}
