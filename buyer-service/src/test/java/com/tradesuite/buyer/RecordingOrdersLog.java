package com.tradesuite.buyer;

import java.util.ArrayList;
import java.util.List;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.service.log.EventLogUnavailableException;

/** An in-memory {@code orders} that records appends into the shared journal and can refuse the next one. */
final class RecordingOrdersLog implements OrdersLog {

    final List<String> journal;
    final List<EventEnvelope<? extends OrderEvent>> appended = new ArrayList<>();
    boolean refuseNext;

    RecordingOrdersLog(List<String> journal) {
        this.journal = journal;
    }

    @Override
    public void append(EventEnvelope<? extends OrderEvent> envelope) {
        if (refuseNext) {
            refuseNext = false;
            throw new EventLogUnavailableException("kafka down", null);
        }
        journal.add("append:" + envelope.type());
        appended.add(envelope);
    }

    @SuppressWarnings("unchecked")
    <E extends OrderEvent> List<EventEnvelope<E>> ofType(Class<E> type) {
        return appended.stream().filter(envelope -> type.isInstance(envelope.payload()))
                .map(envelope -> (EventEnvelope<E>) envelope).toList();
    }
}
