package com.tradesuite.service.exit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.OcoExit;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.domain.exit.PartialProfitPlan;
import com.tradesuite.domain.exit.PartialProfitPlan.Stage;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;

/**
 * Carries a partial-profit plan from whatever stage it is at to its end, each step an event on {@code orders}
 * before the broker call: cancel the legs and wait for the broker to confirm, sell the part at market, then protect
 * the rest with one OCO; a refused or unfilled sale rolls back to an OCO for the whole position. Shared by the seller
 * and the bench that measures the unprotected gap on the paper exchange.
 */
public final class PartialProfitExecutor {

    /** The broker is polled this often while a cancel or the sale is awaited. */
    private static final Duration POLL = Duration.ofMillis(5);

    /** Where the plan runs: the symbol's live exits to cancel, the trade's ids, market time. */
    public record Context(List<String> cancelBrokerOrderIds, String correlationId, String causationId, Instant at) {
        public Context {
            cancelBrokerOrderIds = List.copyOf(cancelBrokerOrderIds);
        }
    }

    /**
     * How far the plan got.
     *
     * @param unprotected from the cancels' confirmation to the acceptance of the new OCO; empty if no OCO went out
     */
    public record Outcome(PartialProfitPlan plan, Optional<Duration> unprotected) {
    }

    private final EventLog log;
    private final BrokerPort broker;
    private final Consumer<EventEnvelope<?>> fold;
    private final String source;
    private final Duration timeout;

    /**
     * @param fold told of each event this executor appends (the writer's own state folds it at once)
     * @param timeout how long a cancel confirmation or the sale's fill is awaited
     */
    public PartialProfitExecutor(EventLog log, BrokerPort broker, Consumer<EventEnvelope<?>> fold, String source,
                                 Duration timeout) {
        this.log = Objects.requireNonNull(log, "log");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.fold = Objects.requireNonNull(fold, "fold");
        this.source = Objects.requireNonNull(source, "source");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Records the plan's intent (the sale, with the protection to restore), then runs it. */
    public Outcome start(PartialProfitPlan plan, Context context, String reason) {
        append(plan.symbol(), "intent:" + plan.planId(), plan.saleIntent(reason), context);
        return resume(plan, context);
    }

    /** Runs the plan on from its stage until it ends or must wait (a broker that does not answer). */
    public Outcome resume(PartialProfitPlan plan, Context context) {
        PartialProfitPlan current = plan;
        long legsCanceledAt = 0;
        while (!current.stage().isTerminal()) {
            PartialProfitPlan next = step(current, context);
            if (next == current) {
                return new Outcome(current, Optional.empty());
            }
            if (next.stage() == Stage.LEGS_CANCELED) {
                legsCanceledAt = System.nanoTime();
            }
            current = next;
        }
        boolean placed = current.stage() == Stage.PROTECTED || current.stage() == Stage.ROLLED_BACK;
        Optional<Duration> gap = placed && legsCanceledAt != 0
                ? Optional.of(Duration.ofNanos(System.nanoTime() - legsCanceledAt)) : Optional.empty();
        return new Outcome(current, gap);
    }

    /** One step; the same plan back means it cannot go on now. */
    private PartialProfitPlan step(PartialProfitPlan plan, Context context) {
        return switch (plan.stage()) {
            case INTENT_RECORDED, CANCEL_REQUESTED -> cancelLegs(plan, context);
            case LEGS_CANCELED -> sell(plan, context);
            case SALE_SUBMITTED -> awaitSale(plan, context);
            case SOLD -> record(plan, plan.protectionIntent(), Stage.PROTECTING, context);
            case SALE_FAILED -> record(plan, plan.rollbackIntent(), Stage.ROLLING_BACK, context);
            case PROTECTING -> place(plan, plan.protectionIntent(), Stage.PROTECTED, context);
            case ROLLING_BACK -> place(plan, plan.rollbackIntent(), Stage.ROLLED_BACK, context);
            case PROTECTED, ROLLED_BACK, ABORTED -> plan;
        };
    }

    private PartialProfitPlan cancelLegs(PartialProfitPlan plan, Context context) {
        Set<String> waiting = new LinkedHashSet<>();
        for (String id : context.cancelBrokerOrderIds()) {
            if (plan.stage() == Stage.INTENT_RECORDED) {
                append(plan.symbol(), "intent:" + plan.planId() + ":cancel:" + id, new OrderCancelRequested(id,
                        OrderPurpose.PARTIAL_PROFIT, "partial profit " + plan.planId() + ": free the shares"), context);
            }
            try {
                broker.cancel(id);
            } catch (NotFoundException | ValidationException finished) {
                // 404/422: it is ending anyway; the wait below learns how.
            } catch (BrokerException e) {
                decide("partial-cancel-failed", plan, context, "DELETE " + id + ": " + e.getMessage()
                        + "; the legs still protect the position");
                return plan;
            }
            waiting.add(id);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (String id : List.copyOf(waiting)) {
                Optional<OrderStatus> status = statusOf(id);
                if (status.isPresent() && (status.get() == OrderStatus.FILLED
                        || status.get() == OrderStatus.REPLACED)) {
                    decide("partial-aborted", plan, context, "order " + id + " filled instead of canceling: the "
                            + "position changed; the risk manager protects what is left");
                    return plan.moveTo(Stage.ABORTED);
                }
                if (status.isEmpty() || status.get().isTerminal()) {
                    waiting.remove(id);
                }
            }
            if (!waiting.isEmpty() && !pauseUntil(deadline)) {
                decide("partial-cancel-timeout", plan, context, "the broker did not confirm the cancel of " + waiting
                        + " within " + timeout + "; the plan waits, the risk manager re-protects after its grace");
                return plan;
            }
        }
        return plan.moveTo(Stage.LEGS_CANCELED);
    }

    private PartialProfitPlan sell(PartialProfitPlan plan, Context context) {
        OrderRequest sale = OrderRequest.market(plan.symbol(), OrderSide.SELL, plan.sellQty())
                .withTimeInForce(TimeInForce.DAY).withClientOrderId(plan.planId());
        try {
            broker.submit(sale);
        } catch (DuplicateClientOrderIdException placed) {
            // Sent before a restart: the wait below reads how it went.
        } catch (BrokerException e) {
            if (!e.isRetryable()) {
                refused(plan, plan.planId(), e, context);
                decide("partial-sale-refused", plan, context, plan.planId() + ": " + e.getMessage()
                        + "; rolling back to full protection");
                return plan.moveTo(Stage.SALE_FAILED);
            }
            // Unknown whether it reached the broker: the wait below asks.
        }
        return plan.moveTo(Stage.SALE_SUBMITTED);
    }

    private PartialProfitPlan awaitSale(PartialProfitPlan plan, Context context) {
        Optional<BrokerPort.OrderProgress> progress = awaitEnd(plan.planId());
        if (progress.isPresent() && !progress.get().status().isTerminal()) {
            // Not filled in time (a closed market): cancel what is left and keep what did fill.
            tryCancel(progress.get().brokerOrderId());
            progress = awaitEnd(plan.planId());
        }
        if (progress.isEmpty()) {
            decide("partial-sale-failed", plan, context, plan.planId() + " is unknown to the broker; rolling back");
            return plan.moveTo(Stage.SALE_FAILED);
        }
        BrokerPort.OrderProgress seen = progress.get();
        if (!seen.status().isTerminal()) {
            decide("partial-sale-unconfirmed", plan, context, plan.planId() + " is still " + seen.status()
                    + "; the plan waits, the risk manager re-protects after its grace");
            return plan;
        }
        BigDecimal filled = seen.filledQty() == null ? BigDecimal.ZERO : seen.filledQty();
        if (filled.signum() > 0) {
            return plan.sold(filled);
        }
        decide("partial-sale-failed", plan, context, plan.planId() + " ended " + seen.status()
                + " without a fill; rolling back to full protection");
        return plan.moveTo(Stage.SALE_FAILED);
    }

    private Optional<BrokerPort.OrderProgress> awaitEnd(String clientOrderId) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<BrokerPort.OrderProgress> progress = progressOf(clientOrderId);
            if (progress.isPresent() && progress.get().status().isTerminal()) {
                return progress;
            }
            if (!pauseUntil(deadline)) {
                return progress;
            }
        }
    }

    private PartialProfitPlan record(PartialProfitPlan plan, OrderIntentRecorded intent, Stage next,
                                     Context context) {
        append(plan.symbol(), "intent:" + intent.clientOrderId(), intent, context);
        return plan.moveTo(next);
    }

    private PartialProfitPlan place(PartialProfitPlan plan, OrderIntentRecorded intent, Stage done,
                                    Context context) {
        OrderRequest oco;
        try {
            oco = OcoExit.protectingLong(plan.symbol(), intent.qty()).takeProfit(intent.takeProfitPrice())
                    .stopLoss(intent.stopLossPrice()).clientOrderId(intent.clientOrderId()).build();
        } catch (RuntimeException invalid) {
            decide("partial-oco-invalid", plan, context, invalid.getMessage()
                    + "; the risk manager protects the position");
            return plan.moveTo(Stage.ABORTED);
        }
        try {
            broker.submit(oco);
        } catch (DuplicateClientOrderIdException placed) {
            // Placed before a restart: it is live.
        } catch (BrokerException e) {
            if (e.isRetryable()) {
                decide("partial-oco-unconfirmed", plan, context, intent.clientOrderId() + ": " + e.getMessage()
                        + "; the plan waits, the risk manager re-protects after its grace");
                return plan;
            }
            refused(plan, intent.clientOrderId(), e, context);
            decide("partial-oco-refused", plan, context, intent.clientOrderId() + ": " + e.getMessage()
                    + "; the risk manager protects the position");
            return plan.moveTo(Stage.ABORTED);
        }
        return plan.moveTo(done);
    }

    private void refused(PartialProfitPlan plan, String clientOrderId, BrokerException e, Context context) {
        Integer code = e.code() != null && e.code() <= Integer.MAX_VALUE ? Integer.valueOf(e.code().intValue())
                : Integer.valueOf(e.httpStatus());
        append(plan.symbol(), "intent:" + clientOrderId + ":rejected", new OrderRejected(clientOrderId,
                e.getMessage() == null ? "refused" : e.getMessage(), code), context);
    }

    private void append(String symbol, String eventId, OrderEvent payload, Context context) {
        EventEnvelope<OrderEvent> envelope = EventEnvelope.withId(eventId, payload, symbol, source, context.at(),
                context.correlationId(), context.causationId());
        log.append(TopicCatalog.ORDERS, envelope);
        fold.accept(envelope);
    }

    private void tryCancel(String brokerOrderId) {
        try {
            broker.cancel(brokerOrderId);
        } catch (BrokerException ending) {
            // Filled or ending meanwhile: the wait that follows reads it.
        }
    }

    private Optional<OrderStatus> statusOf(String brokerOrderId) {
        return quietly(() -> broker.status(brokerOrderId),
                Optional.of(OrderStatus.NEW));
    }

    private Optional<BrokerPort.OrderProgress> progressOf(String clientOrderId) {
        return quietly(() -> broker.progress(clientOrderId), Optional.empty());
    }

    /** A transient broker failure while polling reads as "no news yet". */
    private static <T> T quietly(Supplier<T> call, T noNews) {
        try {
            return call.get();
        } catch (BrokerException e) {
            return noNews;
        }
    }

    private void decide(String what, PartialProfitPlan plan, Context context, String reason) {
        DecisionLog.log(what, plan.symbol(), context.correlationId(), reason);
    }

    private static boolean pauseUntil(long deadline) {
        if (System.nanoTime() - deadline > 0) {
            return false;
        }
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
