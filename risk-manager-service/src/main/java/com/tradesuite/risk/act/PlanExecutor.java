package com.tradesuite.risk.act;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.OcoExit;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.domain.exit.MarketExitPlan;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.protection.OcoExitPlan;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.watch.TradeUpdateTranslator;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out a plan with the suite's write rules: cancels first (OrderCancelRequested appended, then DELETE, then
 * wait for the broker to confirm), then the new order's intent appended BEFORE the call, with the plan's
 * deterministic client order id. A cancel that ends in a fill aborts the plan: the next audit sees the new position.
 */
public final class PlanExecutor {

    /** How a plan's cancels ended. */
    public enum CancelOutcome { CONFIRMED, FILLED_INSTEAD, TIMED_OUT, FAILED }

    private static final Duration LOG_POLL = Duration.ofMillis(100);
    /** The broker is asked at most once a second per waiting plan (rate limit). */
    private static final int BROKER_POLL_EVERY = 10;

    private final EventLog log;
    private final BrokerPort broker;
    private final RiskState state;
    private final DecisionJournal journal;
    private final Duration cancelTimeout;

    public PlanExecutor(EventLog log, BrokerPort broker, RiskState state, DecisionJournal journal,
                        Duration cancelTimeout) {
        this.log = log;
        this.broker = broker;
        this.state = state;
        this.journal = journal;
        this.cancelTimeout = cancelTimeout;
    }

    /** Cancel what holds the shares, then protect the whole position with one OCO exit. */
    public void reprotect(String symbol, List<String> cancels, OcoExitPlan oco, String correlationId) {
        OrderRequest request;
        try {
            request = OcoExit.protectingLong(symbol, oco.qty()).takeProfit(oco.takeProfitLimit())
                    .stopLoss(oco.stopPrice()).clientOrderId(oco.clientOrderId()).build();
        } catch (RuntimeException invalid) {
            journal.decision("reprotect-invalid", symbol, correlationId, invalid.getMessage());
            return;
        }
        if (cancelAll(symbol, cancels, OrderPurpose.REPROTECT, oco.clientOrderId(), oco.reason(), correlationId)
                == CancelOutcome.CONFIRMED) {
            submit(symbol, oco.toIntent(), request, correlationId);
        }
    }

    /** Cancel the extra exits; the covering one stays. */
    public CancelOutcome cancelConflicting(String symbol, List<String> cancels, String reason, String correlationId) {
        String planKey = "conflict:" + String.join(",", cancels);
        return cancelAll(symbol, cancels, OrderPurpose.REPROTECT, planKey, reason, correlationId);
    }

    /** Cancel every order holding the shares, then sell the whole position at market. */
    public void exitAtMarket(String symbol, MarketExitPlan plan, String correlationId) {
        OrderRequest request = OrderRequest.market(symbol, OrderSide.SELL, plan.qty())
                .withTimeInForce(TimeInForce.DAY).withClientOrderId(plan.clientOrderId());
        if (cancelAll(symbol, plan.cancelBrokerOrderIds(), plan.purpose(), plan.clientOrderId(), plan.reason(),
                correlationId) == CancelOutcome.CONFIRMED) {
            submit(symbol, plan.toIntent(), request, correlationId);
        }
    }

    CancelOutcome cancelAll(String symbol, List<String> brokerOrderIds, OrderPurpose purpose, String planKey,
                            String reason, String correlationId) {
        Set<String> waiting = new LinkedHashSet<>();
        for (String id : brokerOrderIds.stream().filter(Objects::nonNull).distinct().toList()) {
            Optional<TrackedOrder> order = state.orderByBrokerId(id);
            if (order.isPresent() && order.get().status().isTerminal()) {
                continue;
            }
            waiting.add(id);
            if (order.isPresent() && order.get().status() != OrderStatus.PENDING_CANCEL) {
                append(symbol, "intent:" + planKey + ":cancel:" + id,
                        new OrderCancelRequested(id, purpose, reason), correlationId);
            }
            try {
                broker.cancel(id);
            } catch (NotFoundException | ValidationException finished) {
                // 404/422: no longer cancelable, it is ending anyway; the wait below learns how.
            } catch (BrokerException e) {
                journal.decision("cancel-failed", symbol, correlationId, "DELETE " + id + ": " + e.getMessage()
                        + "; re-audit next tick");
                return CancelOutcome.FAILED;
            }
        }
        return awaitEnded(symbol, waiting, correlationId);
    }

    /** Waits until the log or the broker shows every order ended; a fill instead of a cancel aborts the plan. */
    private CancelOutcome awaitEnded(String symbol, Set<String> waiting, String correlationId) {
        long deadline = System.nanoTime() + cancelTimeout.toNanos();
        int round = 0;
        while (!waiting.isEmpty()) {
            boolean askBroker = round++ % BROKER_POLL_EVERY == BROKER_POLL_EVERY - 1;
            for (String id : new ArrayList<>(waiting)) {
                Ending ending = endingOf(id, askBroker);
                if (ending == Ending.FILLED) {
                    journal.decision("plan-aborted", symbol, correlationId, "order " + id
                            + " filled instead of canceling; re-audit next tick");
                    return CancelOutcome.FILLED_INSTEAD;
                }
                if (ending == Ending.ENDED) {
                    waiting.remove(id);
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() - deadline > 0) {
                journal.decision("cancel-timeout", symbol, correlationId, "broker did not confirm the cancel of "
                        + waiting + " within " + cancelTimeout + "; re-audit next tick");
                return CancelOutcome.TIMED_OUT;
            }
            pause();
        }
        return CancelOutcome.CONFIRMED;
    }

    private enum Ending { OPEN, ENDED, FILLED }

    private Ending endingOf(String brokerOrderId, boolean askBroker) {
        Optional<TrackedOrder> logged = state.orderByBrokerId(brokerOrderId);
        if (logged.isPresent() && logged.get().status().isTerminal()) {
            OrderStatus status = logged.get().status();
            return status == OrderStatus.FILLED || status == OrderStatus.REPLACED ? Ending.FILLED : Ending.ENDED;
        }
        if (!askBroker) {
            return Ending.OPEN;
        }
        try {
            Optional<com.tradesuite.broker.model.OrderStatus> status = broker.status(brokerOrderId);
            if (status.isEmpty()) {
                return Ending.ENDED;
            }
            return switch (status.get()) {
                case FILLED, REPLACED -> Ending.FILLED;
                case CANCELED, EXPIRED, REJECTED, DONE_FOR_DAY -> Ending.ENDED;
                default -> Ending.OPEN;
            };
        } catch (BrokerException e) {
            return Ending.OPEN;
        }
    }

    private void submit(String symbol, OrderIntentRecorded intent, OrderRequest request, String correlationId) {
        append(symbol, "intent:" + intent.clientOrderId(), intent, correlationId);
        try {
            broker.submit(request);
        } catch (DuplicateClientOrderIdException placed) {
            journal.decision("already-placed", symbol, correlationId, intent.clientOrderId()
                    + " is already at the broker");
        } catch (InsufficientQtyException held) {
            journal.decision("insufficient-qty", symbol, correlationId, intent.clientOrderId() + ": "
                    + held.getMessage() + " related_orders=" + held.relatedOrders() + "; re-audit next tick");
            reject(symbol, intent, held, correlationId);
        } catch (BrokerException e) {
            if (e.isRetryable()) {
                // Unknown whether it reached the broker: the intent stays in flight; its grace decides the retry.
                journal.decision("broker-unavailable", symbol, correlationId, intent.clientOrderId() + ": "
                        + e.getMessage());
            } else {
                journal.decision("order-refused", symbol, correlationId, intent.clientOrderId() + ": "
                        + e.getMessage());
                reject(symbol, intent, e, correlationId);
            }
        }
    }

    /** The broker refused our own intent over HTTP: end it on the log so the next attempt gets a fresh id. */
    private void reject(String symbol, OrderIntentRecorded intent, BrokerException e, String correlationId) {
        Integer code = e.code() != null && e.code() <= Integer.MAX_VALUE ? Integer.valueOf(e.code().intValue())
                : Integer.valueOf(e.httpStatus());
        append(symbol, "intent:" + intent.clientOrderId() + ":rejected",
                new OrderRejected(intent.clientOrderId(), e.getMessage() == null ? "refused" : e.getMessage(), code),
                correlationId);
    }

    private void append(String symbol, String eventId, OrderEvent payload, String correlationId) {
        if (state.isKnown(eventId)) {
            return;
        }
        Instant at = Optional.ofNullable(state.marketTime()).orElseGet(Instant::now);
        EventEnvelope<OrderEvent> envelope = EventEnvelope.withId(eventId, payload, symbol,
                TradeUpdateTranslator.SOURCE, at, correlationId, null);
        // The runtime's OwnWrites holds the symbol back from the next plan until this comes back folded.
        log.append(TopicCatalog.ORDERS, envelope);
        state.markPublished(envelope);
    }

    private static void pause() {
        try {
            Thread.sleep(LOG_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a cancel", e);
        }
    }
}
