package com.tradesuite.buyer.act;

import java.time.Instant;

import org.jboss.logging.Logger;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.domain.entry.EntryDecision;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;

/**
 * Intent first: the entry intent is appended to {@code orders} and acknowledged, then the bracket goes to the
 * broker under the intent's client order id; a refusal is appended as {@link OrderRejected}.
 */
final class EntryPlacement {

    private static final Logger LOG = Logger.getLogger(EntryPlacement.class);

    private final OrdersWriter orders;
    private final BrokerPort broker;
    private final String source;

    EntryPlacement(OrdersWriter orders, BrokerPort broker, String source) {
        this.orders = orders;
        this.broker = broker;
        this.source = source;
    }

    /**
     * Places the accepted entry; false when nothing was written (the signal stays undecided).
     *
     * @param request the bracket built from {@code intent}, already validated
     */
    boolean place(EventEnvelope<?> signal, EntryDecision.Accepted accepted, OrderIntentRecorded intent,
                  OrderRequest request, Instant now) {
        String symbol = signal.symbol();
        String signalId = accepted.signalId();
        EventEnvelope<OrderIntentRecorded> envelope = EventEnvelope.withId(EventIds.intent(intent.clientOrderId()),
                intent, symbol, source, now, signalId, signal.eventId());
        if (!orders.write(envelope)) {
            return false;
        }
        DecisionLog.log("entry-accepted", symbol, signalId, describe(accepted));
        submit(envelope, request, now);
        return true;
    }

    private void submit(EventEnvelope<OrderIntentRecorded> intent, OrderRequest request, Instant now) {
        String clientOrderId = intent.payload().clientOrderId();
        try {
            broker.submit(request);
            LOG.infof("bracket entry %s for %s sent to the broker", clientOrderId, intent.symbol());
        } catch (BrokerException failure) {
            refused(intent, failure, now);
        } catch (RuntimeException unexpected) {
            // The order may or may not have reached the broker: the account watcher will say.
            LOG.errorf(unexpected, "bracket entry %s for %s: outcome unknown", clientOrderId, intent.symbol());
        }
    }

    private void refused(EventEnvelope<OrderIntentRecorded> intent, BrokerException failure, Instant now) {
        String clientOrderId = intent.payload().clientOrderId();
        switch (BrokerRefusals.classify(failure)) {
            case ALREADY_PLACED -> LOG.infof("bracket entry %s for %s was already placed: %s", clientOrderId,
                    intent.symbol(), failure.getMessage());
            case UNKNOWN -> LOG.warnf("bracket entry %s for %s: broker unavailable after %d tries (%s); the account"
                    + " watcher reports what happened", clientOrderId, intent.symbol(), failure.attempts(),
                    failure.getMessage());
            case REJECTED -> {
                OrderRejected rejected = BrokerRefusals.rejection(clientOrderId, failure);
                LOG.warnf("bracket entry %s for %s refused: %s (code %s)", clientOrderId, intent.symbol(),
                        rejected.reason(), rejected.code());
                orders.write(EventEnvelope.withId(EventIds.rejected(clientOrderId), rejected, intent.symbol(), source,
                        now, intent.correlationId(), intent.eventId()));
            }
        }
    }

    private static String describe(EntryDecision.Accepted accepted) {
        return "qty=" + accepted.qty().toPlainString()
                + " type=" + accepted.entryType().wire()
                + (accepted.limitPrice() == null ? "" : " limit=" + accepted.limitPrice().toPlainString())
                + " stop=" + accepted.stopLossPrice().toPlainString()
                + " target=" + accepted.takeProfitPrice().toPlainString()
                + " riskPerShare=" + accepted.riskPerShare().toPlainString()
                + " riskBudget=" + accepted.riskBudget().toPlainString()
                + " clientOrderId=" + accepted.clientOrderId()
                + " sizing=" + accepted.sizing();
    }
}
