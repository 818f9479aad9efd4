package com.tradesuite.risk.watch;

import com.tradesuite.service.log.EventLog;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.topic.TopicCatalog;

/** A broker fact ready to append: to {@code orders} or to {@code fills}. */
public sealed interface Outgoing {

    EventEnvelope<?> envelope();

    void appendTo(EventLog log);

    record ToOrders(EventEnvelope<? extends OrderEvent> envelope) implements Outgoing {
        @Override
        public void appendTo(EventLog log) {
            log.append(TopicCatalog.ORDERS, envelope);
        }
    }

    record ToFills(EventEnvelope<? extends FillEvent> envelope) implements Outgoing {
        @Override
        public void appendTo(EventLog log) {
            log.append(TopicCatalog.FILLS, envelope);
        }
    }
}
