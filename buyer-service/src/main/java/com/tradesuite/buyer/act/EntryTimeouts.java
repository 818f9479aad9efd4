package com.tradesuite.buyer.act;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.buyer.state.FoldedLog;
import com.tradesuite.domain.entry.EntryTimeoutRule;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;

/** An entry still working past the entry timeout (market time) is cancelled: cancel request first, then the broker. */
final class EntryTimeouts {

    private static final Logger LOG = Logger.getLogger(EntryTimeouts.class);

    private final FoldedLog log;
    private final OrdersWriter orders;
    private final BrokerPort broker;
    private final EntryTimeoutRule rule;
    private final String source;

    EntryTimeouts(FoldedLog log, OrdersWriter orders, BrokerPort broker, EntryTimeoutRule rule, String source) {
        this.log = log;
        this.orders = orders;
        this.broker = broker;
        this.rule = rule;
        this.source = source;
    }

    /** Cancels every overdue entry of every symbol (market time is one clock for all symbols). */
    void cancelOverdue(Instant now) {
        for (String symbol : new TreeSet<>(log.state().orders().symbolsWithOpenEntries())) {
            List<OrderCancelRequested> due = rule.cancelsDue(log.state().orders(), symbol, now);
            for (OrderCancelRequested cancel : due) {
                cancel(symbol, cancel, now);
            }
        }
    }

    private void cancel(String symbol, OrderCancelRequested cancel, Instant now) {
        String brokerOrderId = cancel.brokerOrderId();
        String signalId = log.state().orders().byBrokerOrderId(symbol, brokerOrderId).map(TrackedOrder::clientOrderId)
                .flatMap(log::signalOf).orElse(null);
        if (!orders.write(EventEnvelope.withId(EventIds.cancel(brokerOrderId), cancel, symbol, source, now, signalId,
                null))) {
            return;
        }
        DecisionLog.log("entry-timeout-cancel", symbol, signalId, cancel.reason());
        try {
            broker.cancel(brokerOrderId);
        } catch (BrokerException failure) {
            // Typically 422: it filled or ended meanwhile; the account watcher reports the final state.
            LOG.warnf("cancel of entry %s for %s failed: HTTP %d %s", brokerOrderId, symbol, failure.httpStatus(),
                    failure.getMessage());
        }
    }
}
