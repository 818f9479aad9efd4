package com.tradesuite.service.broker;

import java.math.BigDecimal;
import java.util.Optional;

import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderRequest;

/**
 * The broker calls a service acts with, the same port in every service ({@link AlpacaBrokerPort} over the shared
 * broker client in production, the test kit's fake in tests). Failures are the client's typed
 * {@link com.tradesuite.broker.error.BrokerException}s, retries already done.
 */
public interface BrokerPort {

    AccountFacts account();

    void submit(OrderRequest request);

    void cancel(String brokerOrderId);

    /** The broker's status of the order; empty when the broker does not know it. */
    Optional<OrderStatus> status(String brokerOrderId);

    /** The broker's status and filled quantity of our order by its client order id; empty when the broker does not know it. */
    Optional<OrderProgress> progress(String clientOrderId);

    /** Where an order stands at the broker. */
    record OrderProgress(String brokerOrderId, OrderStatus status, BigDecimal filledQty) {
    }

    /** Moves a live stop order to a new stop price under a new client order id. */
    ReplaceOutcome replaceStop(String brokerOrderId, String newClientOrderId, BigDecimal newStop);

    /** Moves a live limit order (e.g. a take-profit leg) to a new limit price under a new client order id. */
    ReplaceOutcome replaceLimit(String brokerOrderId, String newClientOrderId, BigDecimal newLimit);

    /** How the broker answered a replace. */
    sealed interface ReplaceOutcome {

        /** The broker replaced the order; the account watcher will record the new one. */
        record Replaced(String newBrokerOrderId) implements ReplaceOutcome {
        }

        /** A final refusal (422 not replaceable / already filled, 404, duplicate id): never send it again. */
        record Refused(String reason) implements ReplaceOutcome {
        }

        /** No answer or a transient failure after the client's retries: the intent stays pending. */
        record Failed(String reason) implements ReplaceOutcome {
        }
    }
}
