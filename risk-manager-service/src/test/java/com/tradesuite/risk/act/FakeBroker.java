package com.tradesuite.risk.act;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCanceled;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A broker that confirms cancels on the log at once (as the account watcher would) and records every call. */
final class FakeBroker implements BrokerGateway {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<OrderRequest> submitted = new CopyOnWriteArrayList<>();
    final Deque<BrokerException> submitFailures = new ArrayDeque<>();
    /** Submits that returned normally (a slow one cut off by an interrupt is not among them). */
    final List<String> completedSubmits = new CopyOnWriteArrayList<>();
    /** How long each submit takes: a slow broker, to catch a plan in flight. */
    volatile Duration submitLatency = Duration.ZERO;
    private final RiskState state;

    FakeBroker(RiskState state) {
        this.state = state;
    }

    @Override
    public void cancel(String brokerOrderId) {
        calls.add("cancel " + brokerOrderId);
        state.orderByBrokerId(brokerOrderId).ifPresent(order -> state.apply(EventEnvelope.withId(
                "order:" + brokerOrderId + ":canceled", new OrderCanceled(brokerOrderId, order.clientOrderId(),
                        "canceled"), order.symbol(), "risk-manager-service", state.marketTime(), null, null)));
    }

    @Override
    public Optional<OrderStatus> status(String brokerOrderId) {
        return Optional.of(OrderStatus.CANCELED);
    }

    @Override
    public void submit(OrderRequest request) {
        calls.add("submit " + request.clientOrderId());
        submitted.add(request);
        BrokerException failure = submitFailures.poll();
        if (failure != null) {
            throw failure;
        }
        try {
            Thread.sleep(submitLatency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(0, null, "interrupted", null, e);
        }
        completedSubmits.add(request.clientOrderId());
    }
}
