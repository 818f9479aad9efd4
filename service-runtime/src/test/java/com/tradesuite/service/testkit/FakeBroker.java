package com.tradesuite.service.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.service.broker.AccountFacts;
import com.tradesuite.service.broker.BrokerPort;

/**
 * The one fake broker of the unit tests: records every call in order ("submit ID", "cancel ID", "replace ID"),
 * fails on demand, can be slow, and lets a test react to a cancel (e.g. confirm it on the log at once, as the
 * account watcher would). Services' integration tests use the real paper exchange instead.
 */
public final class FakeBroker implements BrokerPort {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<OrderRequest> submitted = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();
    /** Submits that returned normally (a slow one cut off by an interrupt is not among them). */
    public final List<String> completedSubmits = new CopyOnWriteArrayList<>();
    public final Deque<RuntimeException> submitFailures = new ArrayDeque<>();
    public final Deque<ReplaceOutcome> replaceOutcomes = new ArrayDeque<>();
    public final Map<String, OrderStatus> statuses = new ConcurrentHashMap<>();
    public volatile AccountFacts account = new AccountFacts(new BigDecimal("100000"), new BigDecimal("100000"),
            new BigDecimal("100000"), false);
    /** Thrown once by the next account read. */
    public volatile RuntimeException accountFailure;
    public volatile int accountCalls;
    /** How long each submit takes: a slow broker, to catch a plan in flight. */
    public volatile Duration submitLatency = Duration.ZERO;
    /** Told of each cancel after it is recorded. */
    public volatile Consumer<String> onCancel = id -> { };
    /** The status of an order not in {@link #statuses}. */
    public volatile OrderStatus defaultStatus = OrderStatus.CANCELED;
    private int replaced;

    @Override
    public AccountFacts account() {
        accountCalls++;
        RuntimeException failure = accountFailure;
        if (failure != null) {
            accountFailure = null;
            throw failure;
        }
        return account;
    }

    @Override
    public void submit(OrderRequest request) {
        calls.add("submit " + request.clientOrderId());
        submitted.add(request);
        RuntimeException failure;
        synchronized (submitFailures) {
            failure = submitFailures.poll();
        }
        if (failure != null) {
            throw failure;
        }
        if (!submitLatency.isZero()) {
            try {
                Thread.sleep(submitLatency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrokerUnavailableException(0, null, "interrupted", null, e);
            }
        }
        completedSubmits.add(request.clientOrderId());
    }

    @Override
    public void cancel(String brokerOrderId) {
        calls.add("cancel " + brokerOrderId);
        cancelled.add(brokerOrderId);
        onCancel.accept(brokerOrderId);
    }

    @Override
    public Optional<OrderStatus> status(String brokerOrderId) {
        return Optional.of(statuses.getOrDefault(brokerOrderId, defaultStatus));
    }

    /** Each submitted order's progress by client order id, when a test sets it (else unknown to the broker). */
    public final Map<String, OrderProgress> progress = new ConcurrentHashMap<>();

    @Override
    public Optional<OrderProgress> progress(String clientOrderId) {
        return Optional.ofNullable(progress.get(clientOrderId));
    }

    @Override
    public synchronized ReplaceOutcome replaceStop(String brokerOrderId, String newClientOrderId,
                                                   BigDecimal newStop) {
        calls.add("replace " + brokerOrderId + " " + newClientOrderId + " " + newStop.toPlainString());
        ReplaceOutcome outcome = replaceOutcomes.poll();
        return outcome != null ? outcome : new ReplaceOutcome.Replaced("replaced-" + (++replaced));
    }

    @Override
    public synchronized ReplaceOutcome replaceLimit(String brokerOrderId, String newClientOrderId,
                                                    BigDecimal newLimit) {
        calls.add("replace-limit " + brokerOrderId + " " + newClientOrderId + " " + newLimit.toPlainString());
        ReplaceOutcome outcome = replaceOutcomes.poll();
        return outcome != null ? outcome : new ReplaceOutcome.Replaced("replaced-" + (++replaced));
    }
}
