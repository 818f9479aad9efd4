package com.tradesuite.broker.ws;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what was delivered so every update reaches the listener once: an execution is new only if its
 * execution id is unseen AND the order's cumulative filled qty grew; any other event once per (order, event).
 * Also rebuilds the updates a dropped connection missed by diffing REST orders against that memory.
 * Not thread-safe: used only on the stream's event thread.
 */
final class UpdateTracker {

    private final Map<String, OrderProgress> orders;
    private final Set<String> seen;
    private Instant lastEventAt;

    UpdateTracker(int capacity) {
        this.orders = lru(capacity);
        this.seen = Collections.newSetFromMap(lru(capacity * 4));
    }

    /** Returns true (and records it) if the update is new; false for a duplicate. */
    boolean accept(TradeUpdate update) {
        Order order = update.order();
        if (order == null || order.id() == null) {
            return true;
        }
        boolean isNew = update.isExecution() ? acceptExecution(update, order) : acceptEvent(update, order);
        if (isNew) {
            Instant at = update.timestamp() != null ? update.timestamp() : order.lastChangedAt();
            if (at != null && (lastEventAt == null || at.isAfter(lastEventAt))) {
                lastEventAt = at;
            }
        }
        return isNew;
    }

    /** Timestamp of the newest update delivered, or null before the first. */
    Instant lastEventAt() {
        return lastEventAt;
    }

    /** Orders last seen in a state that can still change: catch-up must look at each of them again. */
    List<String> openOrderIds() {
        List<String> open = new ArrayList<>();
        orders.forEach((id, progress) -> {
            if (!progress.status().isTerminal()) {
                open.add(id);
            }
        });
        return open;
    }

    /** The updates that would bring the listener from what it saw to this REST snapshot of the order. */
    List<TradeUpdate> missedUpdates(Order order) {
        List<TradeUpdate> missed = new ArrayList<>();
        OrderProgress known = orders.get(order.id());
        if (known == null && order.status() != OrderStatus.NEW && !seen.contains(eventKey(order.id(), TradeUpdateEvent.NEW))) {
            missed.add(synthetic(TradeUpdateEvent.NEW, order, null, null, null, order.submittedAt()));
        }
        BigDecimal knownFilled = known == null ? BigDecimal.ZERO : known.filledQty();
        if (order.filledQty().compareTo(knownFilled) > 0) {
            BigDecimal delta = order.filledQty().subtract(knownFilled);
            TradeUpdateEvent event = order.status() == OrderStatus.FILLED ? TradeUpdateEvent.FILL
                    : TradeUpdateEvent.PARTIAL_FILL;
            String executionId = "catchup:" + order.id() + ":" + order.filledQty().toPlainString();
            missed.add(synthetic(event, order, executionId, deltaPrice(order, known, delta), delta,
                    order.filledAt() != null ? order.filledAt() : order.lastChangedAt()));
        }
        TradeUpdateEvent statusEvent = eventFor(order.status());
        if (statusEvent != null && !seen.contains(eventKey(order.id(), statusEvent))) {
            missed.add(synthetic(statusEvent, order, null, null, null, order.lastChangedAt()));
        }
        return missed;
    }

    private boolean acceptExecution(TradeUpdate update, Order order) {
        if (update.executionId() != null && !seen.add("x:" + update.executionId())) {
            return false;
        }
        OrderProgress known = orders.get(order.id());
        boolean hasCumulative = order.filledQty().signum() > 0;
        if (known != null && hasCumulative && order.filledQty().compareTo(known.filledQty()) <= 0) {
            return false;
        }
        remember(order, true);
        return true;
    }

    private boolean acceptEvent(TradeUpdate update, Order order) {
        if (!seen.add(eventKey(order.id(), update.event()))) {
            return false;
        }
        remember(order, false);
        return true;
    }

    /**
     * Records the order's status; its filled quantity only from an execution, because a status event (e.g. the
     * "new" that catch-up delivers first) carries the REST filled_qty of fills not yet delivered.
     */
    private void remember(Order order, boolean execution) {
        OrderProgress known = orders.get(order.id());
        BigDecimal knownFilled = known == null ? BigDecimal.ZERO : known.filledQty();
        BigDecimal filled = execution ? order.filledQty().max(knownFilled) : knownFilled;
        BigDecimal knownAvg = known == null ? null : known.filledAvgPrice();
        BigDecimal avg = execution && order.filledAvgPrice() != null ? order.filledAvgPrice() : knownAvg;
        orders.put(order.id(), new OrderProgress(order.status(), filled, avg));
    }

    /** Price of the missed executions: total notional now minus notional already reported, over the delta. */
    private static BigDecimal deltaPrice(Order order, OrderProgress known, BigDecimal delta) {
        BigDecimal avgNow = order.filledAvgPrice();
        if (avgNow == null) {
            return null;
        }
        if (known == null || known.filledQty().signum() == 0 || known.filledAvgPrice() == null) {
            return avgNow;
        }
        BigDecimal notionalNow = avgNow.multiply(order.filledQty());
        BigDecimal notionalKnown = known.filledAvgPrice().multiply(known.filledQty());
        return notionalNow.subtract(notionalKnown).divide(delta, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static TradeUpdate synthetic(TradeUpdateEvent event, Order order, String executionId, BigDecimal price,
            BigDecimal qty, Instant at) {
        return new TradeUpdate(event, executionId, order, price, qty, null, at, true);
    }

    /** The stream event announcing a status; fills are handled from filled_qty, states without an event skip. */
    private static TradeUpdateEvent eventFor(OrderStatus status) {
        switch (status) {
            case CANCELED:
                return TradeUpdateEvent.CANCELED;
            case EXPIRED:
                return TradeUpdateEvent.EXPIRED;
            case REPLACED:
                return TradeUpdateEvent.REPLACED;
            case REJECTED:
                return TradeUpdateEvent.REJECTED;
            case DONE_FOR_DAY:
                return TradeUpdateEvent.DONE_FOR_DAY;
            case NEW:
            case ACCEPTED:
            case HELD:
                return TradeUpdateEvent.NEW;
            case PENDING_NEW:
                return TradeUpdateEvent.PENDING_NEW;
            case PENDING_CANCEL:
                return TradeUpdateEvent.PENDING_CANCEL;
            case PENDING_REPLACE:
                return TradeUpdateEvent.PENDING_REPLACE;
            case STOPPED:
                return TradeUpdateEvent.STOPPED;
            case SUSPENDED:
                return TradeUpdateEvent.SUSPENDED;
            case CALCULATED:
                return TradeUpdateEvent.CALCULATED;
            default:
                return null;
        }
    }

    private static String eventKey(String orderId, TradeUpdateEvent event) {
        return orderId + ":" + event.wire();
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
