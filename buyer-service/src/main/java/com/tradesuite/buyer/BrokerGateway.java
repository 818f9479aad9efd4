package com.tradesuite.buyer;

import com.tradesuite.broker.request.OrderRequest;

/**
 * The buyer's three broker calls; failures are the shared client's typed
 * {@link com.tradesuite.broker.error.BrokerException}s (retries already done).
 */
public interface BrokerGateway {

    AccountFacts account();

    void submit(OrderRequest request);

    void cancel(String brokerOrderId);
}
