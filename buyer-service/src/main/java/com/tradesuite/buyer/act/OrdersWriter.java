package com.tradesuite.buyer.act;

import org.jboss.logging.Logger;

import com.tradesuite.buyer.state.FoldedLog;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.EventLogUnavailableException;

/** Appends the buyer's decisions to {@code orders} and folds each once the log has it: the next signal sees it. */
final class OrdersWriter {

    private static final Logger LOG = Logger.getLogger(OrdersWriter.class);

    private final EventLog log;
    private final FoldedLog folded;

    OrdersWriter(EventLog log, FoldedLog folded) {
        this.log = log;
        this.folded = folded;
    }

    /** Appends and folds; false (nothing folded) when the log did not take it. */
    boolean write(EventEnvelope<? extends OrderEvent> envelope) {
        try {
            log.append(TopicCatalog.ORDERS, envelope);
        } catch (EventLogUnavailableException e) {
            LOG.errorf("%s %s for %s not written, nothing done: %s", envelope.type(), envelope.eventId(),
                    envelope.symbol(), e.getMessage());
            return false;
        }
        folded.fold(envelope);
        return true;
    }
}
