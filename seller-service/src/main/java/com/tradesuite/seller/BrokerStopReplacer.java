package com.tradesuite.seller;

import java.math.BigDecimal;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.request.InvalidOrderRequestException;
import com.tradesuite.broker.request.ReplaceOrderRequest;

/** Replaces a stop through the shared broker client, turning its typed errors into final or transient outcomes. */
final class BrokerStopReplacer implements StopReplacer {

    private final BrokerClient broker;

    BrokerStopReplacer(BrokerClient broker) {
        this.broker = broker;
    }

    @Override
    public ReplaceOutcome replace(String brokerOrderId, String newClientOrderId, BigDecimal newStop) {
        try {
            Order replacement = broker.trading().replaceOrder(brokerOrderId,
                    ReplaceOrderRequest.builder().stopPrice(newStop).clientOrderId(newClientOrderId));
            return new ReplaceOutcome.Replaced(replacement.id());
        } catch (BrokerException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            // 429/5xx/timeouts survived the client's retries: the order may still be replaceable later.
            return e.isRetryable() ? new ReplaceOutcome.Failed(why) : new ReplaceOutcome.Refused(why);
        } catch (InvalidOrderRequestException e) {
            return new ReplaceOutcome.Refused("invalid replace: " + e.getMessage());
        }
    }
}
