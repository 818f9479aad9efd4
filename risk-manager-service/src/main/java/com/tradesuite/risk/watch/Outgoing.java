package com.tradesuite.risk.watch;

import com.tradesuite.risk.act.EventSink;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.topic.TopicCatalog;

/** A broker fact ready to append: to {@code orders} or to {@code fills}. */
public sealed interface Outgoing {

    EventEnvelope<?> envelope();

    void publishTo(EventSink sink);

    record ToOrders(EventEnvelope<? extends OrderEvent> envelope) implements Outgoing {
        @Override
        public void publishTo(EventSink sink) {
            sink.publish(TopicCatalog.ORDERS, envelope);
        }
    }

    record ToFills(EventEnvelope<? extends FillEvent> envelope) implements Outgoing {
        @Override
        public void publishTo(EventSink sink) {
            sink.publish(TopicCatalog.FILLS, envelope);
        }
    }
}
