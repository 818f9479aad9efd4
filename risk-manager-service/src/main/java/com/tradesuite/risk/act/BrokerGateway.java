package com.tradesuite.risk.act;

import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderRequest;

import java.util.Optional;

/** The three broker calls the risk manager acts with; failures are the broker client's typed exceptions. */
public interface BrokerGateway {

    void cancel(String brokerOrderId);

    /** The broker's status of the order; empty when the broker does not know it. */
    Optional<OrderStatus> status(String brokerOrderId);

    void submit(OrderRequest request);
}
