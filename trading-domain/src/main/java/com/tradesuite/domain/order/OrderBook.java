package com.tradesuite.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderExpired;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;

/**
 * The open-order fold: every order from its intent to its end, moved only by legal transitions of
 * {@link OrderStatus}; intents in flight are visible to every layer. Immutable: {@link #apply} returns a new book.
 */
public record OrderBook(Map<String, TrackedOrder> byClientOrderId, Map<String, String> clientOrderIdByBrokerId) {

    private static final Comparator<TrackedOrder> BY_CREATION =
            Comparator.comparing(TrackedOrder::createdAt).thenComparing(TrackedOrder::clientOrderId);

    public OrderBook {
        byClientOrderId = Map.copyOf(byClientOrderId);
        clientOrderIdByBrokerId = Map.copyOf(clientOrderIdByBrokerId);
    }

    public static OrderBook empty() {
        return new OrderBook(Map.of(), Map.of());
    }

    public static OrderBook of(List<? extends EventEnvelope<?>> events) {
        OrderBook book = empty();
        for (EventEnvelope<?> event : events) {
            book = book.apply(event);
        }
        return book;
    }

    /** Folds one event; an illegal or unknown-order event leaves the book unchanged (see {@link #applyChecked}). */
    public OrderBook apply(EventEnvelope<?> envelope) {
        return applyChecked(envelope).book();
    }

    /** Folds one event and says why it was refused, if it was: a service logs or dead-letters the reason. */
    public OrderFoldResult applyChecked(EventEnvelope<?> envelope) {
        Instant at = envelope.occurredAt();
        String symbol = envelope.symbol();
        Object payload = envelope.payload();
        if (payload instanceof OrderIntentRecorded intent) {
            return recordIntent(symbol, intent, at);
        }
        if (payload instanceof OrderAccepted accepted) {
            return accept(symbol, accepted, at);
        }
        if (payload instanceof OrderRejected rejected) {
            return move(find(rejected.clientOrderId(), null), OrderTransition.REJECT, at, "rejection");
        }
        if (payload instanceof OrderCancelRequested request) {
            return requestCancel(request, at);
        }
        if (payload instanceof OrderReplaceRequested request) {
            return requestReplace(request, at);
        }
        if (payload instanceof OrderCanceled canceled) {
            return move(find(canceled.clientOrderId(), canceled.brokerOrderId()), OrderTransition.CANCEL, at, "cancel");
        }
        if (payload instanceof OrderExpired expired) {
            return move(find(expired.clientOrderId(), expired.brokerOrderId()), OrderTransition.EXPIRE, at, "expiry");
        }
        if (payload instanceof OrderReplaced replaced) {
            return replace(replaced, at);
        }
        if (payload instanceof OrderFilled fill) {
            return fill(symbol, fill, at);
        }
        return OrderFoldResult.applied(this);
    }

    public Optional<TrackedOrder> byClientOrderId(String clientOrderId) {
        return Optional.ofNullable(byClientOrderId.get(clientOrderId));
    }

    public Optional<TrackedOrder> byBrokerOrderId(String brokerOrderId) {
        return Optional.ofNullable(clientOrderIdByBrokerId.get(brokerOrderId)).map(byClientOrderId::get);
    }

    /** Orders of the symbol that are live or about to be (intent recorded), oldest first. */
    public List<TrackedOrder> openOrders(String symbol) {
        return byClientOrderId.values().stream()
                .filter(order -> order.symbol().equals(symbol) && order.status().isOpen())
                .sorted(BY_CREATION).toList();
    }

    /** Every open order (live or intent recorded), by symbol then oldest first. */
    public List<TrackedOrder> openOrders() {
        return byClientOrderId.values().stream().filter(order -> order.status().isOpen())
                .sorted(Comparator.comparing(TrackedOrder::symbol).thenComparing(BY_CREATION)).toList();
    }

    /** Orders of the symbol with an intent, cancel or replace the broker has not answered yet. */
    public List<TrackedOrder> inFlight(String symbol) {
        return byClientOrderId.values().stream()
                .filter(order -> order.symbol().equals(symbol) && order.status().isInFlight())
                .sorted(BY_CREATION).toList();
    }

    /** Entry orders of the symbol that are in flight or working. */
    public List<TrackedOrder> openEntries(String symbol) {
        return openOrders(symbol).stream().filter(order -> order.role() == OrderRole.ENTRY).toList();
    }

    /** Symbols with an entry in flight or working, for the open-position limit. */
    public Set<String> symbolsWithOpenEntries() {
        return byClientOrderId.values().stream()
                .filter(order -> order.role() == OrderRole.ENTRY && order.status().isOpen())
                .map(TrackedOrder::symbol).collect(Collectors.toUnmodifiableSet());
    }

    /** The parent of a leg, if known. */
    public Optional<TrackedOrder> parentOf(TrackedOrder order) {
        return order.parentOrderId() == null ? Optional.empty() : byBrokerOrderId(order.parentOrderId());
    }

    private OrderFoldResult recordIntent(String symbol, OrderIntentRecorded intent, Instant at) {
        if (byClientOrderId.containsKey(intent.clientOrderId())) {
            return OrderFoldResult.refused(this, "intent " + intent.clientOrderId() + " is already recorded");
        }
        OrderRole role = OrderRole.derive(intent.side(), intent.orderType(), intent.orderClass(), false, null);
        TrackedOrder order = new TrackedOrder(symbol, intent.clientOrderId(), null, null, intent.purpose(), role,
                intent.side(), intent.orderType(), intent.orderClass(), intent.qty(), BigDecimal.ZERO,
                intent.limitPrice(), intent.stopPrice(), intent.takeProfitPrice(), intent.stopLossPrice(),
                OrderStatus.INTENT_RECORDED, null, intent.reason(), at, at, null, null, Set.of());
        return OrderFoldResult.applied(with(order));
    }

    private OrderFoldResult accept(String symbol, OrderAccepted accepted, Instant at) {
        Optional<TrackedOrder> parent = accepted.parentOrderId() == null
                ? Optional.empty() : byBrokerOrderId(accepted.parentOrderId());
        OrderClass parentClass = parent.map(TrackedOrder::orderClass).orElse(null);
        OrderRole role = OrderRole.derive(accepted.side(), accepted.orderType(), accepted.orderClass(),
                accepted.parentOrderId() != null, parentClass);
        Optional<TrackedOrder> known = find(accepted.clientOrderId(), accepted.brokerOrderId());
        if (known.isEmpty()) {
            // A leg (or an order placed outside the suite): it starts life accepted; a leg acts for its parent.
            TrackedOrder order = new TrackedOrder(symbol, accepted.clientOrderId(), accepted.brokerOrderId(),
                    accepted.parentOrderId(), parent.map(TrackedOrder::purpose).orElse(null), role, accepted.side(),
                    accepted.orderType(), accepted.orderClass(), accepted.qty(), BigDecimal.ZERO,
                    accepted.limitPrice(), accepted.stopPrice(), null, null, OrderStatus.ACCEPTED,
                    accepted.status(), null, at, null, null, null, Set.of());
            return OrderFoldResult.applied(with(order));
        }
        TrackedOrder order = known.get();
        if (!order.status().allows(OrderTransition.ACCEPT)) {
            return illegal(order, OrderTransition.ACCEPT);
        }
        TrackedOrder updated = order.accepted(accepted.brokerOrderId(), accepted.parentOrderId(), role,
                accepted.orderClass(), accepted.qty(), accepted.limitPrice(), accepted.stopPrice(),
                accepted.status()).moveTo(order.status().next(OrderTransition.ACCEPT), at);
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult requestCancel(OrderCancelRequested request, Instant at) {
        Optional<TrackedOrder> order = byBrokerOrderId(request.brokerOrderId());
        if (order.isEmpty()) {
            return unknown(request.brokerOrderId(), "cancel request");
        }
        if (!order.get().status().allows(OrderTransition.REQUEST_CANCEL)) {
            return illegal(order.get(), OrderTransition.REQUEST_CANCEL);
        }
        TrackedOrder updated = order.get().moveTo(order.get().status().next(OrderTransition.REQUEST_CANCEL), at)
                .withRequest(request.purpose(), null);
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult requestReplace(OrderReplaceRequested request, Instant at) {
        Optional<TrackedOrder> order = byBrokerOrderId(request.brokerOrderId());
        if (order.isEmpty()) {
            return unknown(request.brokerOrderId(), "replace request");
        }
        if (!order.get().status().allows(OrderTransition.REQUEST_REPLACE)) {
            return illegal(order.get(), OrderTransition.REQUEST_REPLACE);
        }
        TrackedOrder updated = order.get().moveTo(order.get().status().next(OrderTransition.REQUEST_REPLACE), at)
                .withRequest(request.purpose(), request.newClientOrderId());
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult replace(OrderReplaced replaced, Instant at) {
        Optional<TrackedOrder> old = find(replaced.clientOrderId(), replaced.brokerOrderId());
        if (old.isEmpty()) {
            return unknown(replaced.brokerOrderId(), "replacement");
        }
        if (!old.get().status().allows(OrderTransition.REPLACE)) {
            return illegal(old.get(), OrderTransition.REPLACE);
        }
        TrackedOrder successor = old.get().replacement(replaced.replacedByOrderId(),
                replaced.replacedByClientOrderId(), replaced.newQty(), replaced.newLimitPrice(),
                replaced.newStopPrice(), at);
        return OrderFoldResult.applied(with(old.get().moveTo(OrderStatus.REPLACED, at)).with(successor));
    }

    private OrderFoldResult fill(String symbol, OrderFilled fill, Instant at) {
        Optional<TrackedOrder> known = find(fill.clientOrderId(), fill.brokerOrderId());
        TrackedOrder order = known.orElseGet(() -> orderSeenFirstByItsFill(symbol, fill, at));
        if (order.executionIds().contains(fill.executionId())) {
            return OrderFoldResult.applied(this);
        }
        boolean complete = !fill.partial() || fill.cumulativeQty().compareTo(fill.orderQty()) >= 0;
        OrderTransition transition = complete ? OrderTransition.FILL : OrderTransition.PARTIAL_FILL;
        if (!order.status().allows(transition)) {
            return illegal(order, transition);
        }
        TrackedOrder updated = order.filled(fill.executionId(), fill.cumulativeQty(), fill.brokerOrderId())
                .moveTo(order.status().next(transition), at);
        return OrderFoldResult.applied(with(updated));
    }

    private TrackedOrder orderSeenFirstByItsFill(String symbol, OrderFilled fill, Instant at) {
        Optional<TrackedOrder> parent = fill.parentOrderId() == null
                ? Optional.empty() : byBrokerOrderId(fill.parentOrderId());
        OrderClass orderClass = fill.parentOrderId() == null ? OrderClass.SIMPLE : parent.map(TrackedOrder::orderClass)
                .orElse(OrderClass.BRACKET);
        OrderRole role = OrderRole.derive(fill.side(), fill.orderType(), orderClass, fill.parentOrderId() != null,
                parent.map(TrackedOrder::orderClass).orElse(null));
        return new TrackedOrder(symbol, fill.clientOrderId(), fill.brokerOrderId(), fill.parentOrderId(),
                parent.map(TrackedOrder::purpose).orElse(null), role, fill.side(), fill.orderType(), orderClass,
                fill.orderQty(), BigDecimal.ZERO, null, null, null, null, OrderStatus.ACCEPTED, null, null, at, null,
                null, null, Set.of());
    }

    private OrderFoldResult move(Optional<TrackedOrder> order, OrderTransition transition, Instant at, String what) {
        if (order.isEmpty()) {
            return OrderFoldResult.refused(this, what + " for an unknown order");
        }
        if (!order.get().status().allows(transition)) {
            return illegal(order.get(), transition);
        }
        return OrderFoldResult.applied(with(order.get().moveTo(order.get().status().next(transition), at)));
    }

    private Optional<TrackedOrder> find(String clientOrderId, String brokerOrderId) {
        TrackedOrder byClient = clientOrderId == null ? null : byClientOrderId.get(clientOrderId);
        if (byClient != null) {
            return Optional.of(byClient);
        }
        return brokerOrderId == null ? Optional.empty() : byBrokerOrderId(brokerOrderId);
    }

    private OrderFoldResult illegal(TrackedOrder order, OrderTransition transition) {
        return OrderFoldResult.refused(this, "order " + order.clientOrderId() + ": "
                + new IllegalOrderTransitionException(order.status(), transition).getMessage());
    }

    private OrderFoldResult unknown(String brokerOrderId, String what) {
        return OrderFoldResult.refused(this, what + " for unknown broker order " + brokerOrderId);
    }

    private OrderBook with(TrackedOrder order) {
        Map<String, TrackedOrder> orders = new HashMap<>(byClientOrderId);
        orders.put(order.clientOrderId(), order);
        Map<String, String> ids = clientOrderIdByBrokerId;
        if (order.brokerOrderId() != null && !order.clientOrderId().equals(ids.get(order.brokerOrderId()))) {
            ids = new HashMap<>(ids);
            ids.put(order.brokerOrderId(), order.clientOrderId());
        }
        return new OrderBook(orders, ids);
    }
}
