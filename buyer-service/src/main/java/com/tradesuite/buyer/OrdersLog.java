package com.tradesuite.buyer;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;

/**
 * The buyer's only output: {@code orders}. Returns once the log has the event, else throws
 * {@link com.tradesuite.service.log.EventLogUnavailableException}, so an intent is durable before the broker call.
 */
@FunctionalInterface
public interface OrdersLog {

    void append(EventEnvelope<? extends OrderEvent> envelope);
}
